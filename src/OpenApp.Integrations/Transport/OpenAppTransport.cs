using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Resilience;
using Polly;
using Polly.Timeout;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// The one place that talks HTTP. It turns a <see cref="RequestSpec"/> into requests: adds <c>X-Org</c>, credentials,
/// User-Agent and a correlation id, runs each attempt through the resilience pipeline, maps failures to exceptions
/// and decodes the body with a source-generated contract.
/// </summary>
/// <remarks>
/// Public so that any OpenApp route the SDK does not wrap yet can be called with the same organization, auth,
/// retries and errors: <c>await client.Transport.SendAsync(spec, OpenAppJson.TypeInfo&lt;JsonElement&gt;())</c>.
/// </remarks>
public partial class OpenAppTransport
{
    // RequestSpec escapes every path value as one segment; the default Uri parsing would un-escape "%2E%2E" and then
    // drop it as a dot segment, so an id ".." would reach another route. The text is already escaped: keep it as is.
    private static readonly UriCreationOptions s_keepEscapedPath = new() { DangerousDisablePathAndQueryCanonicalization = true };
    private readonly TransportPipeline? _pipeline;
    private readonly string? _organizationId;

    /// <summary>For mocking only: a transport with no pipeline, whose members must be overridden.</summary>
    protected OpenAppTransport()
    {
    }

    internal OpenAppTransport(TransportPipeline pipeline, string? organizationId)
    {
        _pipeline = pipeline;
        if (organizationId is not null)
        {
            HeaderValueGuard.ThrowIfInvalid(organizationId, nameof(organizationId));
        }

        _organizationId = organizationId;
    }

    /// <summary>The API root every path is relative to, e.g. <c>https://openapp.house/api/v1</c>.</summary>
    public virtual Uri ApiRoot => Pipeline.ApiRoot;

    /// <summary>The organization sent as <c>X-Org</c> when a call does not name its own.</summary>
    public virtual string? OrganizationId => _organizationId;

    internal TransportPipeline Pipeline =>
        _pipeline ?? throw new InvalidOperationException("This transport was created for mocking and has no pipeline.");

    /// <summary>A transport sharing this one's connection, credential and policies, for another organization.</summary>
    /// <param name="organizationId">The organization id (ULID).</param>
    public virtual OpenAppTransport WithOrganization(string organizationId)
    {
        HeaderValueGuard.ThrowIfInvalid(organizationId, nameof(organizationId));
        return new OpenAppTransport(Pipeline, organizationId);
    }

    /// <summary>Sends the call and decodes the response body.</summary>
    /// <typeparam name="T">The body's model.</typeparam>
    /// <param name="spec">The call.</param>
    /// <param name="responseType">The body's JSON contract, e.g. <c>OpenAppJson.TypeInfo&lt;JsonElement&gt;()</c>.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <exception cref="OpenAppApiException">The server answered with a status that is not a success.</exception>
    /// <exception cref="OpenAppTransportException">No response arrived.</exception>
    /// <exception cref="OpenAppSerializationException">The body could not be decoded.</exception>
    public virtual async Task<OpenAppResponse<T>> SendAsync<T>(
        RequestSpec spec,
        JsonTypeInfo<T> responseType,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        var call = Prepare(spec, cancellationToken);
        using var operation = StartOperation(call); // telemetry and logs, null when nobody listens: OpenAppTransport.Diagnostics.cs
        try
        {
            var response = await SendCoreAsync(call).ConfigureAwait(false);
            using (response)
            {
                // The body is in memory already (read in the attempt): decode it in place.
                var value = Decode(call.Body.Span, (int)response.StatusCode, responseType, call, cancellationToken);
                return new OpenAppResponse<T>(value, response, call.CorrelationId);
            }
        }
        catch (Exception ex) when (operation is not null && operation.RecordFailure(ex))
        {
            throw; // never runs: RecordFailure returns false, the filter only looks
        }
        finally
        {
            call.ReturnBody();
        }
    }

    /// <summary>Sends a call whose response has no body worth decoding (e.g. 204).</summary>
    /// <param name="spec">The call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OpenAppApiException">The server answered with a status that is not a success.</exception>
    /// <exception cref="OpenAppTransportException">No response arrived.</exception>
    public virtual async Task<OpenAppResponse> SendAsync(RequestSpec spec, CancellationToken cancellationToken = default)
    {
        var call = Prepare(spec, cancellationToken);
        using var operation = StartOperation(call); // telemetry and logs, null when nobody listens: OpenAppTransport.Diagnostics.cs
        try
        {
            var response = await SendCoreAsync(call).ConfigureAwait(false);
            using (response)
            {
                return new OpenAppResponse(response, call.CorrelationId);
            }
        }
        catch (Exception ex) when (operation is not null && operation.RecordFailure(ex))
        {
            throw; // never runs: RecordFailure returns false, the filter only looks
        }
        finally
        {
            call.ReturnBody();
        }
    }

    /// <summary>Downloads <paramref name="url"/> with no OpenApp credentials (for image uploads from a URL).</summary>
    internal async Task<(byte[] Data, string? ContentType)> DownloadAsync(Uri url, int maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(Pipeline.UserAgent);
        HttpResponseMessage response;
        try
        {
            response = await Pipeline.HttpClient
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new OpenAppTransportException($"Downloading the image from {url.GetLeftPart(UriPartial.Path)} failed: {ex.Message}", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new OpenAppTransportException(
                    $"Downloading the image from {url.GetLeftPart(UriPartial.Path)} failed with status {(int)response.StatusCode}.", null);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw new ArgumentException($"The image at the URL is larger than {maxBytes} bytes.", nameof(url));
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        throw new ArgumentException($"The image at the URL is larger than {maxBytes} bytes.", nameof(url));
                    }

                    buffer.Write(chunk, 0, read);
                }

                return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    private PreparedCall Prepare(RequestSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var pipeline = Pipeline;
        var organization = spec.OrganizationId ?? _organizationId;
        if (spec.RequiresOrganization && organization is null)
        {
            throw new InvalidOperationException(
                $"{spec.OperationName} is organization-scoped and no organization is set: set OpenAppClientOptions.OrganizationId, " +
                "use client.ForOrganization(id), or pass OpenAppRequestOptions.OrganizationId.");
        }

        // One string for root, path and query; the plain Uri for exceptions is made from its path prefix when needed.
        var text = spec.BuildUri(pipeline.ApiRootText, out var pathEnd);
        var uri = new Uri(text, in s_keepEscapedPath);
        var correlationId = spec.CorrelationId ?? CorrelationIds.New();
        return new PreparedCall(
            this, spec, text, pathEnd, uri, spec.RequiresOrganization ? organization : null, correlationId, cancellationToken);
    }

    // ValueTask (here and below): when the handler answers synchronously, a call allocates no Task per layer. When it
    // does not (every real network call), the pooling builder reuses the state machine boxes of these per-attempt
    // layers instead of allocating one per layer and call.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<HttpResponseMessage> SendCoreAsync(PreparedCall call)
    {
        var spec = call.Spec;
        var cancellationToken = call.CallerToken;
        var pipeline = Pipeline;
        call.CallStart = pipeline.Timeouts.StartCall();
        HttpResponseMessage response;
        try
        {
            // The first attempt runs outside Polly: a call that succeeds at once (nearly every call) skips the retry
            // pipeline's bookkeeping, and a failed one enters it with its outcome replayed as the first attempt, so
            // the retry rules see exactly what they would have seen.
            var outcome = await SendAttemptAsync(call, cancellationToken).ConfigureAwait(false);
            if (outcome.Exception is not null || !IsSuccess(spec, (int)outcome.Result!.StatusCode))
            {
                outcome = await RetryAsync(call, outcome).ConfigureAwait(false);
            }

            outcome.ThrowIfException();
            response = outcome.Result!;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's own cancellation is never wrapped.
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            throw Transport(call, "timed out", ex);
        }
        catch (HttpRequestException ex)
        {
            throw Transport(call, "could not reach the server", ex);
        }
        catch (OperationCanceledException ex)
        {
            // Not the caller's token: a timeout somewhere below us.
            throw Transport(call, "timed out", ex);
        }
        catch (IOException ex)
        {
            throw Transport(call, "lost the connection", ex);
        }

        if (!IsSuccess(spec, (int)response.StatusCode))
        {
            using (response)
            {
                var details = await ErrorResponseReader.ReadAsync(
                    response,
                    new ErrorContext(spec.OperationName, spec.Method.Method, call.SafeUri, call.CorrelationId, pipeline.TimeProvider.GetUtcNow()),
                    cancellationToken).ConfigureAwait(false);
                throw ApiExceptionFactory.Create(details);
            }
        }

        return response;
    }

    /// <summary>
    /// Runs the retry pipeline for a call whose first attempt ended in <paramref name="first"/>: the pipeline's first
    /// attempt hands that outcome back, later ones send again. Ends with the last attempt's outcome, also when the
    /// retry policy backs out of a wait that would pass the overall deadline.
    /// </summary>
    private async ValueTask<Outcome<HttpResponseMessage>> RetryAsync(PreparedCall call, Outcome<HttpResponseMessage> first)
    {
        var context = ResilienceContextPool.Shared.Get(call.Spec.OperationName, call.CallerToken);
        context.Properties.Set(OpenAppResilience.Call, call);
        call.Replay(first);
        try
        {
            return await Pipeline.Resilience.ExecuteOutcomeAsync(
                static (ctx, call) => call.TryTakeReplay(out var replayed)
                    ? new ValueTask<Outcome<HttpResponseMessage>>(replayed)
                    : call.Transport.SendAttemptAsync(call, ctx.CancellationToken),
                context,
                call).ConfigureAwait(false);
        }
        catch (RetryAbandonedException abandoned)
        {
            // Polly lets an exception from the retry callback propagate (the outcome it judged stays undisposed).
            return abandoned.LastOutcome;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One attempt: a fresh request (same correlation id and idempotency key every time) and the whole response,
    /// body included, read under the attempt's token. Reading the body here puts it under the attempt timeout and
    /// makes a body cut off mid-way a retryable network error; buffering an error body lets the retry decision peek
    /// at its <c>error_code</c> and the final exception still read it. A success body goes into a pooled array
    /// kept on the call (the response keeps its own content and headers), decoded from there and then returned.
    /// </summary>
    /// <remarks>
    /// Failures come back as the outcome (what the retry strategy judges), except the caller's own cancellation, which
    /// ends the call. The pipeline calls this directly: no wrapping lambda state machine per attempt.
    /// </remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))] // see SendCoreAsync
    private async ValueTask<Outcome<HttpResponseMessage>> SendAttemptAsync(PreparedCall call, CancellationToken callToken)
    {
        HttpResponseMessage? response = null;
        using var timer = Pipeline.Timeouts.StartAttempt(call.CallStart, callToken);
        try
        {
            if (timer.HasExpired)
            {
                call.DeadlinePassed = true;
                return Outcome.FromException<HttpResponseMessage>(timer.Timeout(null));
            }

            var cancellationToken = timer.TokenOr(callToken);
            using var message = await CreateRequestAsync(call, cancellationToken).ConfigureAwait(false);
            // With telemetry: HttpClient.SendAsync plus per-attempt spans and logs (OpenAppTransport.Diagnostics.cs).
            response = call.Diagnostics is { } scope
                ? await SendInstrumentedAsync(message, scope, cancellationToken).ConfigureAwait(false)
                : await Pipeline.HttpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsSuccess(call.Spec, (int)response.StatusCode))
            {
                var (body, length) = await BufferedContent.ReadSuccessBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
                call.SetBody(body, length);
            }
            else
            {
                await BufferedContent.BufferAsync(response, isSuccess: false, cancellationToken).ConfigureAwait(false);
            }

            return Outcome.FromResult(response);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !call.CallerToken.IsCancellationRequested)
        {
            response?.Dispose();
            if (ex is OperationCanceledException && timer.HasFired)
            {
                // Our timer, not the caller: a timeout, retried like a network error unless the deadline is gone.
                call.DeadlinePassed |= timer.IsDeadline;
                return Outcome.FromException<HttpResponseMessage>(timer.Timeout(ex));
            }

            return Outcome.FromException<HttpResponseMessage>(ex);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    // Any 2xx is a success: a 201 or 204 where the contract says 200 still means the server did it.
    private static bool IsSuccess(RequestSpec spec, int status) => status is >= 200 and <= 299;

    private async ValueTask<HttpRequestMessage> CreateRequestAsync(PreparedCall call, CancellationToken cancellationToken)
    {
        var pipeline = Pipeline;
        var spec = call.Spec;
        var request = new HttpRequestMessage(spec.Method, call.Uri);
        var headers = request.Headers;

        // Raw values: the same bytes on the wire as headers.Accept.Add(...), without the typed collection per request.
        headers.TryAddWithoutValidation("Accept", "application/json");
        headers.TryAddWithoutValidation("User-Agent", pipeline.UserAgent);
        headers.TryAddWithoutValidation("X-Correlation-Id", call.CorrelationId);
        if (call.OrganizationId is not null)
        {
            headers.TryAddWithoutValidation("X-Org", call.OrganizationId);
        }

        if (spec.IdempotencyKey is not null)
        {
            headers.TryAddWithoutValidation("Idempotency-Key", spec.IdempotencyKey);
        }

        if (spec.ConfirmationToken is not null)
        {
            headers.TryAddWithoutValidation("X-OpenApp-Confirm", spec.ConfirmationToken);
        }

        var extra = spec.Headers;
        for (var i = 0; i < extra.Count; i++)
        {
            headers.TryAddWithoutValidation(extra[i].Key, extra[i].Value);
        }

        if (spec.Body is not null)
        {
            request.Content = spec.Body.CreateContent();
        }

        await pipeline.Credential.ApplyAsync(request, cancellationToken).ConfigureAwait(false);
        return request;
    }

    /// <summary>
    /// Decodes a success body that is not buffered yet (the transport's own calls buffer it in the attempt). Whatever
    /// the body holds (truncated or malformed JSON, HTML, nothing, a wrong shape), the only failure is an
    /// <see cref="OpenAppSerializationException"/> with the status and a capped excerpt, or an
    /// <see cref="OpenAppTransportException"/> when the connection breaks while reading; the caller's cancellation
    /// stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    internal static async Task<T> DecodeAsync<T>(
        HttpResponseMessage response,
        JsonTypeInfo<T> responseType,
        RequestSpec spec,
        Uri safeUri,
        string? correlationId,
        CancellationToken cancellationToken)
    {
        var call = PreparedCall.Describing(spec, safeUri, null, correlationId);
        try
        {
            var (body, length) = await BufferedContent.ReadSuccessBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
            call.SetBody(body, length);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new OpenAppTransportException($"The connection broke while reading the response to {safeUri.AbsolutePath}.", ex)
            {
                OperationName = spec.OperationName,
                Method = spec.Method.Method,
                RequestUri = safeUri,
                CorrelationId = correlationId,
            };
        }

        try
        {
            return Decode(call.Body.Span, (int)response.StatusCode, responseType, call, cancellationToken);
        }
        finally
        {
            call.ReturnBody();
        }
    }

    /// <summary>
    /// Decodes a success body straight from its bytes: no stream, no copy. Whatever the body holds, the only failure
    /// is an <see cref="OpenAppSerializationException"/> with the status and a capped excerpt of the body.
    /// </summary>
    private static T Decode<T>(ReadOnlySpan<byte> body, int status, JsonTypeInfo<T> responseType, PreparedCall call, CancellationToken cancellationToken)
    {
        // As reading a stream would: a call the caller cancelled does not go on to decode.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var value = JsonSerializer.Deserialize(body, responseType);
            if (value is null)
            {
                throw Failure(body, $"had a null body where a {typeof(T).Name} was expected", null);
            }

            return value;
        }
        catch (JsonException ex)
        {
            throw Failure(body, $"is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OpenAppException and not OutOfMemoryException)
        {
            // A converter that met a shape it did not expect (InvalidOperationException, FormatException,
            // InvalidCastException, OverflowException, even NullReferenceException): still the body's fault.
            throw Failure(body, $"could not be decoded as {typeof(T).Name}: {ex.Message}", ex);
        }

        OpenAppSerializationException Failure(ReadOnlySpan<byte> body, string what, Exception? cause)
        {
            var spec = call.Spec;
            var excerpt = Encoding.UTF8.GetString(body[..Math.Min(body.Length, OpenAppApiException.MaxRawBodyLength)]);
            return new($"The response to OpenApp {spec.OperationName} ({spec.Method.Method} {call.SafeUri.AbsolutePath}, status {status}) {what}", status, excerpt, cause)
            {
                OperationName = spec.OperationName,
                Method = spec.Method.Method,
                RequestUri = call.SafeUri,
                CorrelationId = call.CorrelationId,
            };
        }
    }

    private static OpenAppTransportException Transport(PreparedCall call, string what, Exception cause) =>
        new($"OpenApp {call.Spec.OperationName} ({call.Spec.Method.Method} {call.SafeUri.AbsolutePath}) {what}: {cause.Message}", cause)
        {
            OperationName = call.Spec.OperationName,
            Method = call.Spec.Method.Method,
            RequestUri = call.SafeUri,
            CorrelationId = call.CorrelationId,
        };

    /// <summary>Describes the transport without secrets.</summary>
    public override string ToString() =>
        _pipeline is null ? "OpenAppTransport(mock)" : $"OpenAppTransport({ApiRoot}, org={_organizationId ?? "(none)"})";
}
