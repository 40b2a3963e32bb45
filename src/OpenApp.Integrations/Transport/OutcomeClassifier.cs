using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Resilience;

namespace OpenApp.Integrations.Transport;

/// <summary>What to do after an attempt: return it, wait and try again, or fail with an exception.</summary>
internal readonly struct Verdict
{
    private Verdict(TimeSpan? retryDelay, Exception? error)
    {
        RetryDelay = retryDelay;
        Error = error;
    }

    /// <summary>The wait before the next attempt, when the call is retried.</summary>
    public TimeSpan? RetryDelay { get; }

    /// <summary>The exception the call ends with, when it fails.</summary>
    public Exception? Error { get; }

    /// <summary>Whether the attempt is the call's answer.</summary>
    public bool IsSuccess => RetryDelay is null && Error is null;

    public static Verdict Success => default;

    public static Verdict Retry(TimeSpan delay) => new(delay, null);

    public static Verdict Fail(Exception error) => new(null, error);
}

/// <summary>
/// Judges an attempt: a 2xx is the answer; an error response is parsed once (its code, message, <c>Retry-After</c>)
/// into the details that both the retry decision and the exception use; a failed attempt becomes the documented
/// <see cref="OpenAppTransportException"/>. Whether to retry is the <see cref="RetryPolicy"/>'s call.
/// </summary>
internal static class OutcomeClassifier
{
    /// <param name="outcome">The attempt.</param>
    /// <param name="plan">The call.</param>
    /// <param name="attempt">The attempt's number, 1 for the first.</param>
    /// <param name="core">The client's policy, clock and secrets.</param>
    /// <param name="timeLeft">What is left of the overall timeout, or null when there is none.</param>
    public static Verdict Classify(AttemptOutcome outcome, CallPlan plan, int attempt, TransportCore core, TimeSpan? timeLeft)
    {
        if (outcome.IsSuccess)
        {
            return Verdict.Success;
        }

        if (outcome.Response is { } response)
        {
            var details = ErrorBodyParser.Parse(
                outcome.Status,
                outcome.Body.Span,
                FlattenHeaders(response),
                RetryAfterParser.Parse(response.Headers.RetryAfter, core.TimeProvider.GetUtcNow()),
                new ErrorContext(plan.OperationName, plan.Method, plan.SafeUri, plan.CorrelationId),
                core.Scrubber);

            // Waiting does not clear a quota, and a 426 wants a newer agent, not another try.
            var kind = RetryPolicy.IsTransient(details.Status) &&
                !string.Equals(details.ErrorCode, OpenAppApiException.QuotaExceededCode, StringComparison.OrdinalIgnoreCase)
                ? AttemptFailure.TransientStatus
                : AttemptFailure.Final;
            return core.Retry.NextDelay(attempt, plan.IsIdempotent, kind, details.RetryAfter, timeLeft) is { } wait
                ? Verdict.Retry(wait)
                : Verdict.Fail(ApiExceptionFactory.Create(details));
        }

        return core.Retry.NextDelay(attempt, plan.IsIdempotent, outcome.FailureKind, retryAfter: null, timeLeft) is { } delay
            ? Verdict.Retry(delay)
            : Verdict.Fail(TransportFailures.From(outcome, plan, core.Scrubber));
    }

    private static Dictionary<string, string> FlattenHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        return headers;
    }
}
