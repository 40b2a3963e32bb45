using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// Telemetry of one SDK call: its span, its clock and its attempts. The transport reports each attempt; retries are
/// recognised as attempts after the first, whoever decided to make them.
/// </summary>
/// <remarks>Attempts of one call run one after another, so the counters need no locking.</remarks>
internal sealed class OperationScope : IDisposable
{
    private readonly TransportDiagnostics _diagnostics;
    private readonly RequestSpec _spec;
    private readonly PreparedCall _call;
    private readonly Activity? _activity;
    private readonly long _started;
    private int _attempts;
    private int? _status;
    private string? _lastAttemptError;
    private Exception? _failure;
    private bool _disposed;

    public OperationScope(TransportDiagnostics diagnostics, PreparedCall call, Activity? activity)
    {
        _diagnostics = diagnostics;
        _spec = call.Spec;
        _call = call;
        _activity = activity;
        _started = diagnostics.TimeProvider.GetTimestamp();
    }

    /// <summary>How many attempts were started so far.</summary>
    public int Attempts => _attempts;

    private ILogger Logger => _diagnostics.Logger;

    private string Operation => _spec.OperationName;

    private string Method => _spec.Method.Method;

    // The path without query, for log messages only: made when a message is written, not for metrics or spans.
    private string Path => _call.Path;

    /// <summary>Records the start of an attempt (a retry when it is not the first); returns its start time.</summary>
    public long AttemptStarting(HttpRequestMessage request)
    {
        var attempt = ++_attempts;
        if (attempt > 1)
        {
            var previous = _lastAttemptError ?? (_status is { } status ? status.ToString(CultureInfo.InvariantCulture) : "unknown");
            if (_diagnostics.Instruments.Retries.Enabled)
            {
                _diagnostics.Instruments.Retries.Add(1, BaseTags());
            }

            _activity?.AddEvent(new ActivityEvent(
                OpenAppDiagnostics.RetryEventName,
                tags: new ActivityTagsCollection
                {
                    { OpenAppDiagnostics.Tags.Attempt, attempt },
                    { "openapp.previous_outcome", previous },
                }));
            if (Logger.IsEnabled(LogLevel.Warning))
            {
                Log.Retrying(Logger, Operation, Method, Path, attempt, previous);
            }
        }

        _lastAttemptError = null;
        if (Logger.IsEnabled(LogLevel.Debug))
        {
            Log.RequestSending(Logger, Operation, Method, Path, attempt);
        }

        if (Logger.IsEnabled(LogLevel.Debug))
        {
            var headers = HeaderRedactor.Format(
                request.Headers, request.Content?.Headers, _diagnostics.AllowedHeaders, _diagnostics.Scrubber);
            Log.RequestHeaders(Logger, Operation, headers);
            if (attempt == 1 && _diagnostics.LogBodies && _spec.Body is { } body)
            {
                // Only JSON bodies are kept as bytes; a multipart upload is described, never dumped.
                var text = body.JsonBytes.IsEmpty
                    ? "(" + body.ContentType + " body, not logged)"
                    : BodyRedactor.Format(body.JsonBytes.Span, body.ContentType, _diagnostics.MaxBodyLength, _diagnostics.Scrubber);
                Log.RequestBody(Logger, Operation, text);
            }
        }

        return _diagnostics.TimeProvider.GetTimestamp();
    }

    /// <summary>Records the response of an attempt; with body logging on, buffers and logs the body.</summary>
    public async ValueTask AttemptCompletedAsync(HttpResponseMessage response, long attemptStarted, CancellationToken cancellationToken)
    {
        _status = (int)response.StatusCode;
        var elapsed = _diagnostics.TimeProvider.GetElapsedTime(attemptStarted).TotalMilliseconds;
        if (Logger.IsEnabled(LogLevel.Information))
        {
            Log.ResponseReceived(Logger, Operation, Method, Path, _status.Value, elapsed, _attempts);
        }

        if (!Logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var headers = HeaderRedactor.Format(
            response.Headers, response.Content.Headers, _diagnostics.AllowedHeaders, _diagnostics.Scrubber);
        Log.ResponseHeaders(Logger, Operation, headers);
        if (_diagnostics.LogBodies)
        {
            // Buffering lets the transport read the body again afterwards, as if nothing had happened.
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var body = BodyRedactor.Format(
                bytes, response.Content.Headers.ContentType?.MediaType, _diagnostics.MaxBodyLength, _diagnostics.Scrubber);
            Log.ResponseBody(Logger, Operation, body);
        }
    }

    /// <summary>Records an attempt that got no response.</summary>
    public void AttemptFailed(Exception exception, long attemptStarted)
    {
        _lastAttemptError = exception.GetType().Name;
        if (Logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = _diagnostics.TimeProvider.GetElapsedTime(attemptStarted).TotalMilliseconds;
            Log.AttemptFailed(Logger, Operation, Method, Path, _lastAttemptError, elapsed, _attempts);
        }
    }

    /// <summary>
    /// Remembers why the call failed. Returns false so that it can sit in an exception filter, which sees the
    /// exception without catching it.
    /// </summary>
    public bool RecordFailure(Exception exception)
    {
        _failure ??= exception;
        return false;
    }

    /// <summary>Ends the span and records the duration, with the outcome.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var elapsed = _diagnostics.TimeProvider.GetElapsedTime(_started);
        var errorType = _failure switch
        {
            null => null,
            OpenAppApiException api => api.Status.ToString(CultureInfo.InvariantCulture),
            _ => _failure.GetType().FullName ?? _failure.GetType().Name,
        };

        if (_diagnostics.Instruments.RequestDuration.Enabled)
        {
            var tags = BaseTags();
            if (_status is { } status)
            {
                tags.Add(OpenAppDiagnostics.Tags.StatusCode, status);
            }

            if (errorType is not null)
            {
                tags.Add(OpenAppDiagnostics.Tags.ErrorType, errorType);
            }

            _diagnostics.Instruments.RequestDuration.Record(elapsed.TotalSeconds, tags);
        }

        if (_activity is not null)
        {
            if (_status is { } code)
            {
                _activity.SetTag(OpenAppDiagnostics.Tags.StatusCode, code);
            }

            _activity.SetTag(OpenAppDiagnostics.Tags.Attempt, _attempts);
            if (errorType is not null)
            {
                _activity.SetTag(OpenAppDiagnostics.Tags.ErrorType, errorType);
                if (_failure is OpenAppApiException { ErrorCode: { } errorCode })
                {
                    _activity.SetTag(OpenAppDiagnostics.Tags.ErrorCode, errorCode);
                }

                _activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            _activity.Dispose();
        }

        if (_failure is not null && Logger.IsEnabled(LogLevel.Warning))
        {
            Log.RequestFailed(Logger, Operation, Method, Path, errorType!, _attempts, elapsed.TotalMilliseconds, _failure);
        }
    }

    private TagList BaseTags() => new()
    {
        { OpenAppDiagnostics.Tags.Operation, Operation },
        { OpenAppDiagnostics.Tags.HttpMethod, Method },
        { OpenAppDiagnostics.Tags.UrlTemplate, _spec.PathTemplate },
        { OpenAppDiagnostics.Tags.ServerAddress, _diagnostics.ServerAddress },
        { OpenAppDiagnostics.Tags.ServerPort, _diagnostics.ServerPort },
    };
}
