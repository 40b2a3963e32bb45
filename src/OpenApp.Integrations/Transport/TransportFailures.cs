using OpenApp.Integrations.Authentication;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// Turns a call that got no usable response into the documented <see cref="OpenAppTransportException"/> (or its
/// <see cref="OpenAppResponseTooLargeException"/>), with the operation, method, URI and correlation id, the cause inside
/// and no secret in the message.
/// </summary>
internal static class TransportFailures
{
    /// <summary>The exception for an attempt that ended without a usable response.</summary>
    public static OpenAppTransportException From(AttemptOutcome outcome, CallPlan plan, SecretScrubber scrubber)
    {
        if (outcome.TooLarge is { } tooLarge)
        {
            var declared = tooLarge.DeclaredLength is { } length ? $" (it declared {length} bytes)" : string.Empty;
            return new OpenAppResponseTooLargeException(
                $"{Describe(plan)} got a response body larger than {tooLarge.Limit} bytes{declared}; the SDK stopped reading " +
                "it. Raise OpenAppClientOptions.MaxResponseBodyBytes if such a body is expected.",
                tooLarge.Limit,
                tooLarge.DeclaredLength)
            {
                OperationName = plan.OperationName,
                Method = plan.Method,
                RequestUri = plan.SafeUri,
                CorrelationId = plan.CorrelationId,
            };
        }

        var reason = outcome.Cause is { } cause ? ": " + scrubber.Scrub(cause.Message) : ".";
        return new OpenAppTransportException($"{Describe(plan)} {outcome.Failure}{reason}", outcome.Cause)
        {
            OperationName = plan.OperationName,
            Method = plan.Method,
            RequestUri = plan.SafeUri,
            CorrelationId = plan.CorrelationId,
        };
    }

    /// <summary>
    /// The last resort: an exception no step turned into an SDK exception (a bug, or a handler that throws something
    /// unforeseen) still reaches the caller as an <see cref="OpenAppTransportException"/> with the cause inside.
    /// </summary>
    public static OpenAppTransportException Unexpected(Exception exception, CallPlan plan, SecretScrubber scrubber) =>
        new($"{Describe(plan)} failed unexpectedly ({exception.GetType().Name}): {scrubber.Scrub(exception.Message)}", exception)
        {
            OperationName = plan.OperationName,
            Method = plan.Method,
            RequestUri = plan.SafeUri,
            CorrelationId = plan.CorrelationId,
        };

    private static string Describe(CallPlan plan) => $"OpenApp {plan.OperationName} ({plan.Method} {plan.Path})";
}
