using System.Net;
using OpenApp.Integrations.Errors;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OpenApp.Integrations.Resilience;

/// <summary>
/// Builds the resilience pipeline every attempt of every call runs through: an overall timeout around retries around
/// a per-attempt timeout, all on the client's <see cref="TimeProvider"/>.
/// </summary>
internal static class OpenAppResilience
{
    /// <summary>
    /// Set on the context of each call: whether a retry cannot duplicate a write. Held as one of two boxed booleans
    /// made once (a <c>ResiliencePropertyKey&lt;bool&gt;</c> would box a new one per call).
    /// </summary>
    public static readonly ResiliencePropertyKey<object> IsIdempotent = new("OpenApp.IsIdempotent");

    private static readonly object s_true = true;
    private static readonly object s_false = false;

    /// <summary>Marks the call of <paramref name="context"/> as safe (or not) to retry.</summary>
    public static void SetIsIdempotent(ResilienceContext context, bool value) =>
        context.Properties.Set(IsIdempotent, value ? s_true : s_false);

    /// <summary>Whether the call of <paramref name="context"/> was marked safe to retry (false when unmarked).</summary>
    public static bool GetIsIdempotent(ResilienceContext context) =>
        context.Properties.GetValue(IsIdempotent, s_false) is true;

    /// <summary>The pipeline for <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A retry or timeout setting is out of range.</exception>
    public static ResiliencePipeline<HttpResponseMessage> Create(OpenAppClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = (options.Retry ?? new OpenAppRetryOptions()).Clone();
        settings.Validate();
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (settings.OverallTimeout is { } overall)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "OpenApp.OverallTimeout", Timeout = overall });
        }

        if (settings.MaxRetries > 0)
        {
            var policy = new RetryPolicy(settings.MaxRetryAfter, timeProvider);
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
            });
        }

        if (settings.AttemptTimeout is { } attempt)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Name = "OpenApp.AttemptTimeout", Timeout = attempt });
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
        private readonly TimeProvider _timeProvider;

        public RetryPolicy(TimeSpan maxRetryAfter, TimeProvider timeProvider)
        {
            _maxRetryAfter = maxRetryAfter;
            _timeProvider = timeProvider;
        }

        public bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
        {
            // A POST without an idempotency key may have been applied even when no answer came back.
            if (!GetIsIdempotent(context) || context.CancellationToken.IsCancellationRequested)
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

        /// <summary>The <c>Retry-After</c> of the response (seconds or HTTP date), else null for the backoff delay.</summary>
        public TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome) =>
            outcome.Result is { } response
                ? RetryAfterParser.Parse(response.Headers.RetryAfter, _timeProvider.GetUtcNow())
                : null;
    }
}
