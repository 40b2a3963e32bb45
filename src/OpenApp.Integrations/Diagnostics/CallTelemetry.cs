using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// Telemetry of one SDK call: its span, duration metric, retry counter and log events. The transport reports each
/// attempt as it happens; the call's outcome is recorded when it is disposed.
/// </summary>
/// <remarks>Attempts of one call run one after another, so the counters need no locking.</remarks>
internal sealed class CallTelemetry : IDisposable
{
    private readonly TransportDiagnostics _diagnostics;
    private readonly ICallDescription _call;
    private readonly Activity? _activity;
    private readonly long _started;
    private int _attempts;
    private int? _status;
    private string? _lastAttemptError;
    private Exception? _failure;
    private bool _disposed;

    public CallTelemetry(TransportDiagnostics diagnostics, ICallDescription call, Activity? activity)
    {
        _diagnostics = diagnostics;
        _call = call;
        _activity = activity;
        _started = diagnostics.TimeProvider.GetTimestamp();
    }

    private ILogger Logger => _diagnostics.Logger;

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
                Log.Retrying(Logger, _call.OperationName, _call.Method, _call.Path, attempt, previous);
            }
        }

        _lastAttemptError = null;
        if (Logger.IsEnabled(LogLevel.Debug))
        {
            Log.RequestSending(Logger, _call.OperationName, _call.Method, _call.Path, attempt);
            var headers = HeaderRedactor.Format(request.Headers, request.Content?.Headers, _diagnostics.AllowedHeaders, _diagnostics.Scrubber);
            Log.RequestHeaders(Logger, _call.OperationName, headers);
            if (attempt == 1 && _diagnostics.LogBodies && _call.RequestContentType is { } contentType)
            {
                // Only JSON bodies are kept as bytes; a multipart upload is described, never dumped.
                var text = _call.RequestJson.IsEmpty
                    ? "(" + contentType + " body, not logged)"
                    : BodyRedactor.Format(_call.RequestJson.Span, contentType, _diagnostics.MaxBodyLength, _diagnostics.Scrubber);
                Log.RequestBody(Logger, _call.OperationName, text);
            }
        }

        return _diagnostics.TimeProvider.GetTimestamp();
    }

    /// <summary>
    /// Records the response of an attempt, with the body bytes the transport read (capped as the transport caps them):
    /// body logging formats those, it never reads or buffers the body again.
    /// </summary>
    public void AttemptAnswered(HttpResponseMessage response, ReadOnlySpan<byte> body, long attemptStarted)
    {
        _status = (int)response.StatusCode;
        if (Logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = _diagnostics.TimeProvider.GetElapsedTime(attemptStarted).TotalMilliseconds;
            Log.ResponseReceived(Logger, _call.OperationName, _call.Method, _call.Path, _status.Value, elapsed, _attempts);
        }

        if (!Logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var headers = HeaderRedactor.Format(response.Headers, response.Content.Headers, _diagnostics.AllowedHeaders, _diagnostics.Scrubber);
        Log.ResponseHeaders(Logger, _call.OperationName, headers);
        if (_diagnostics.LogBodies)
        {
            var text = BodyRedactor.Format(body, response.Content.Headers.ContentType?.MediaType, _diagnostics.MaxBodyLength, _diagnostics.Scrubber);
            Log.ResponseBody(Logger, _call.OperationName, text);
        }
    }

    /// <summary>Records an attempt that got no usable response.</summary>
    public void AttemptFailed(Exception exception, long attemptStarted)
    {
        _lastAttemptError = exception.GetType().Name;
        if (Logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = _diagnostics.TimeProvider.GetElapsedTime(attemptStarted).TotalMilliseconds;
            Log.AttemptFailed(Logger, _call.OperationName, _call.Method, _call.Path, _lastAttemptError, elapsed, _attempts);
        }
    }

    /// <summary>Records why the call failed; written out when the telemetry is disposed.</summary>
    public void CallFailed(Exception exception) => _failure ??= exception;

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
            Log.RequestFailed(Logger, _call.OperationName, _call.Method, _call.Path, errorType!, _attempts, elapsed.TotalMilliseconds, _failure);
        }
    }

    private TagList BaseTags() => new()
    {
        { OpenAppDiagnostics.Tags.Operation, _call.OperationName },
        { OpenAppDiagnostics.Tags.HttpMethod, _call.Method },
        { OpenAppDiagnostics.Tags.UrlTemplate, _call.PathTemplate },
        { OpenAppDiagnostics.Tags.ServerAddress, _diagnostics.ServerAddress },
        { OpenAppDiagnostics.Tags.ServerPort, _diagnostics.ServerPort },
    };
}
