using Polly;

namespace OpenApp.Integrations.Resilience;

/// <summary>
/// Thrown by the retry policy to stop retrying when the wait before the next attempt would end after the call's
/// overall deadline. It never reaches callers: the transport catches it and ends the call with the last attempt's
/// outcome, as if no retry had been allowed (Polly's retry strategy has no other way to back out once it has chosen
/// a delay, and it leaves that outcome undisposed when the retry callback throws).
/// </summary>
internal sealed class RetryAbandonedException : Exception
{
    public RetryAbandonedException(Outcome<HttpResponseMessage> lastOutcome)
        : base("The next attempt could not start before the overall timeout.") => LastOutcome = lastOutcome;

    public RetryAbandonedException()
    {
    }

    public RetryAbandonedException(string message)
        : base(message)
    {
    }

    public RetryAbandonedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What the last attempt ended in: the response or exception the call fails with.</summary>
    public Outcome<HttpResponseMessage> LastOutcome { get; }
}
