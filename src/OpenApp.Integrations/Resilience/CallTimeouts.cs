namespace OpenApp.Integrations.Resilience;

/// <summary>
/// A client's attempt timeout and overall timeout. Each attempt arms one timer that fires at whichever comes first: the
/// end of the attempt timeout or the call's overall deadline. The wait between attempts needs no timer of its own:
/// the retry policy does not start a wait that would end after the deadline.
/// </summary>
internal sealed class CallTimeouts
{
    public CallTimeouts(TimeSpan? attemptTimeout, TimeSpan? overallTimeout, TimeProvider timeProvider)
    {
        AttemptTimeout = attemptTimeout;
        OverallTimeout = overallTimeout;
        TimeProvider = timeProvider;
    }

    /// <summary>The longest one attempt may take, or null.</summary>
    public TimeSpan? AttemptTimeout { get; }

    /// <summary>The longest a whole call may take, attempts and waits included, or null.</summary>
    public TimeSpan? OverallTimeout { get; }

    /// <summary>The clock both timeouts (and the waits between attempts) run on.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Where a call's overall deadline counts from: now on the client's clock.</summary>
    public long StartCall() => TimeProvider.GetTimestamp();

    /// <summary>The time left before the overall deadline of a call started at <paramref name="callStart"/>; null when there is none.</summary>
    public TimeSpan? Remaining(long callStart) =>
        OverallTimeout is { } overall ? overall - TimeProvider.GetElapsedTime(callStart) : null;

    /// <summary>
    /// Arms the timer of one attempt of a call started at <paramref name="callStart"/>; it also fires when
    /// <paramref name="callerToken"/> is cancelled. With no timeout configured, nothing is armed.
    /// </summary>
    public AttemptTimer StartAttempt(long callStart, CancellationToken callerToken)
    {
        var remaining = Remaining(callStart);
        if (AttemptTimeout is { } attempt && (remaining is not { } left || attempt < left))
        {
            return AttemptTimer.Start(attempt, isDeadline: false, attempt, TimeProvider, callerToken);
        }

        if (remaining is { } untilDeadline)
        {
            return AttemptTimer.Start(untilDeadline, isDeadline: true, OverallTimeout!.Value, TimeProvider, callerToken);
        }

        return AttemptTimer.None(callerToken);
    }
}
