using System.Net;
using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Transport;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OpenApp.Integrations.Resilience;

/// <summary>
/// Builds the retry pipeline every call runs its attempts through, on the client's <see cref="TimeProvider"/>. The
/// timeouts are not Polly strategies: each attempt arms one timer for the attempt timeout or the overall deadline,
/// whichever is first (<see cref="CallTimeouts"/>), and the retry policy never starts a wait that would end after the
/// deadline.
/// </summary>
internal static class OpenAppResilience
{
    /// <summary>The call a pipeline execution belongs to, set on its context (its spec says whether a retry is safe).</summary>
    public static readonly ResiliencePropertyKey<PreparedCall?> Call = new("OpenApp.Call");

    /// <summary>The call of <paramref name="context"/>, or null when it was run without one.</summary>
    public static PreparedCall? CallOf(ResilienceContext context) => context.Properties.GetValue(Call, null);

    /// <summary>The retry pipeline for validated <paramref name="settings"/>; empty when retries are off.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(OpenAppRetryOptions settings, CallTimeouts timeouts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeouts);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeouts.TimeProvider };
        if (settings.MaxRetries > 0)
        {
            var policy = new RetryPolicy(settings.MaxRetryAfter, timeouts);
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "OpenApp.Retry",
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                UseJitter = settings.UseJitter,
                ShouldHandle = args => new ValueTask<bool>(policy.ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(policy.RetryAfter(args.Outcome)),
                OnRetry = args =>
                {
                    policy.ThrowIfPastDeadline(args.Context, args.Outcome, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>Whether <paramref name="status"/> is worth another attempt.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Whether an attempt that ended in <paramref name="exception"/> got no usable response and may be repeated.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException;

    /// <summary>The retry decisions, separate from Polly's options so they read as one rule each.</summary>
    internal sealed class RetryPolicy
    {
        private readonly TimeSpan _maxRetryAfter;
        private readonly CallTimeouts _timeouts;

        public RetryPolicy(TimeSpan maxRetryAfter, CallTimeouts timeouts)
        {
            _maxRetryAfter = maxRetryAfter;
            _timeouts = timeouts;
        }

        public bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
        {
            // A POST without an idempotency key may have been applied even when no answer came back.
            // A call past its overall deadline has no time left for another attempt.
            if (CallOf(context) is not { Spec.IsIdempotent: true, DeadlinePassed: false } || context.CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            if (outcome.Exception is { } exception)
            {
                return IsTransient(exception);
            }

            var response = outcome.Result;
            if (response is null || !IsTransient(response.StatusCode))
            {
                return false;
            }

            // Waiting does not clear a quota; the body was buffered in the attempt, so peeking leaves it readable.
            if (response.Content is BufferedContent body &&
                string.Equals(ErrorResponseReader.PeekErrorCode(body.Bytes), OpenAppApiException.QuotaExceededCode, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // A server that asks for a longer wait than the cap gets its answer to the caller, who can schedule it.
            return RetryAfter(outcome) is not { } wait || wait <= _maxRetryAfter;
        }

        /// <summary>
        /// Backs out of a retry whose wait of <paramref name="delay"/> would end at or after the call's overall deadline:
        /// the next attempt could not run, so the call ends now with the last attempt's outcome rather than after a
        /// wait that can only end in a timeout (like a <c>Retry-After</c> above the cap).
        /// </summary>
        /// <exception cref="RetryAbandonedException">The retry is abandoned.</exception>
        public void ThrowIfPastDeadline(ResilienceContext context, Outcome<HttpResponseMessage> outcome, TimeSpan delay)
        {
            if (CallOf(context) is { } call && _timeouts.Remaining(call.CallStart) is { } left && delay >= left)
            {
                throw new RetryAbandonedException(outcome);
            }
        }

        /// <summary>The <c>Retry-After</c> of the response (seconds or HTTP date), else null for the backoff delay.</summary>
        public TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome) =>
            outcome.Result is { } response
                ? RetryAfterParser.Parse(response.Headers.RetryAfter, _timeouts.TimeProvider.GetUtcNow())
                : null;
    }
}
