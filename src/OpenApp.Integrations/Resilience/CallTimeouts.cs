namespace OpenApp.Integrations.Resilience;

/// <summary>
/// A client's attempt timeout and overall timeout, enforced by one timer per attempt that fires at whichever comes
/// first: the end of the attempt timeout or the call's overall deadline. A wait between attempts never needs a timer
/// of its own: the retry policy does not start a wait that would end after the deadline (see
/// <see cref="OpenAppResilience"/>).
/// </summary>
/// <remarks>
/// Why not Polly's timeout strategies: two nested strategies armed and disarmed two timers per call, which was about
/// half a microsecond of a four-microsecond in-memory call in the benchmarks. One timer per attempt gives the same
/// limits. With the system clock the timer's <see cref="CancellationTokenSource"/> is reused (one spare per thread);
/// with another <see cref="TimeProvider"/> (tests) each attempt gets a new one on that clock.
/// </remarks>
internal sealed class CallTimeouts
{
    [ThreadStatic]
    private static CancellationTokenSource? t_spare;

    private readonly bool _systemClock;

    public CallTimeouts(TimeSpan? attemptTimeout, TimeSpan? overallTimeout, TimeProvider timeProvider)
    {
        AttemptTimeout = attemptTimeout;
        OverallTimeout = overallTimeout;
        TimeProvider = timeProvider;
        _systemClock = ReferenceEquals(timeProvider, TimeProvider.System);
    }

    /// <summary>The longest one attempt may take, or null.</summary>
    public TimeSpan? AttemptTimeout { get; }

    /// <summary>The longest a whole call may take, attempts and waits included, or null.</summary>
    public TimeSpan? OverallTimeout { get; }

    /// <summary>The clock both timeouts run on.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Where a call's overall deadline counts from: now on the client's clock (0 when there is no overall timeout).</summary>
    public long StartCall() => OverallTimeout is null ? 0 : TimeProvider.GetTimestamp();

    /// <summary>The time left before the overall deadline of a call started at <paramref name="callStart"/>; null when there is none.</summary>
    public TimeSpan? Remaining(long callStart) =>
        OverallTimeout is { } overall ? overall - TimeProvider.GetElapsedTime(callStart) : null;

    /// <summary>
    /// Starts the timer of one attempt of a call started at <paramref name="callStart"/>. The timer also cancels when
    /// <paramref name="callerToken"/> does. With no timeout configured, nothing is armed.
    /// </summary>
    public AttemptTimer StartAttempt(long callStart, CancellationToken callerToken)
    {
        TimeSpan due;
        bool isDeadline;
        var remaining = Remaining(callStart);
        if (AttemptTimeout is { } attempt && (remaining is not { } left || attempt < left))
        {
            (due, isDeadline) = (attempt, false);
        }
        else if (remaining is { } untilDeadline)
        {
            (due, isDeadline) = (untilDeadline, true);
        }
        else
        {
            return default;
        }

        if (due <= TimeSpan.Zero)
        {
            // The deadline passed during the wait before this attempt: it fails at once, without a request.
            return new AttemptTimer(this, null, default, OverallTimeout!.Value, isDeadline: true);
        }

        var source = Rent(due);
        var link = callerToken.CanBeCanceled
            ? callerToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source)
            : default;
        return new AttemptTimer(this, source, link, isDeadline ? OverallTimeout!.Value : due, isDeadline);
    }

    private CancellationTokenSource Rent(TimeSpan due)
    {
        if (!_systemClock)
        {
            return new CancellationTokenSource(due, TimeProvider);
        }

        var source = t_spare ?? new CancellationTokenSource();
        t_spare = null;
        source.CancelAfter(due);
        return source;
    }

    internal void Return(CancellationTokenSource source)
    {
        // TryReset fails once the timer has fired; such a source is done.
        if (_systemClock && t_spare is null && source.TryReset())
        {
            t_spare = source;
        }
        else
        {
            source.Dispose();
        }
    }
}
