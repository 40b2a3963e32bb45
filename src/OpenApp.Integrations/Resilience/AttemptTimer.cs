namespace OpenApp.Integrations.Resilience;

/// <summary>The timer of one attempt (see <see cref="CallTimeouts"/>): a token that fires at the attempt's limit.</summary>
internal readonly struct AttemptTimer : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly CancellationTokenRegistration _link;
    private readonly CancellationToken _callerToken;
    private readonly TimeSpan _limit;

    private AttemptTimer(CancellationTokenSource? source, CancellationTokenRegistration link, TimeSpan limit, bool isDeadline, bool hasExpired, CancellationToken callerToken)
    {
        _source = source;
        _link = link;
        _callerToken = callerToken;
        _limit = limit;
        IsDeadline = isDeadline;
        HasExpired = hasExpired;
    }

    /// <summary>Whether the overall deadline had passed before the attempt could start: no request is made.</summary>
    public bool HasExpired { get; }

    /// <summary>Whether this timer stands for the call's overall deadline rather than the attempt timeout.</summary>
    public bool IsDeadline { get; }

    /// <summary>The token the attempt runs under.</summary>
    public CancellationToken Token => _source?.Token ?? _callerToken;

    /// <summary>Whether the timer (not the caller) ended the attempt.</summary>
    public bool HasFired => HasExpired || (_source is { IsCancellationRequested: true } && !_callerToken.IsCancellationRequested);

    /// <summary>A timer that never fires (no timeout configured): the attempt runs under the caller's token.</summary>
    public static AttemptTimer None(CancellationToken callerToken) => new(null, default, TimeSpan.Zero, false, false, callerToken);

    /// <summary>Arms a timer that fires after <paramref name="due"/> or when the caller cancels.</summary>
    public static AttemptTimer Start(TimeSpan due, bool isDeadline, TimeSpan limit, TimeProvider clock, CancellationToken callerToken)
    {
        if (due <= TimeSpan.Zero)
        {
            return new AttemptTimer(null, default, limit, isDeadline, hasExpired: true, callerToken);
        }

        var source = TimerSources.Rent(due, clock);
        var link = callerToken.CanBeCanceled
            ? callerToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source)
            : default;
        return new AttemptTimer(source, link, limit, isDeadline, hasExpired: false, callerToken);
    }

    /// <summary>What ran out, for the exception of an attempt this timer ended.</summary>
    public TimeoutException Timeout(Exception? cause)
    {
        var message = IsDeadline
            ? $"The call did not complete within its overall timeout of {_limit}."
            : $"The attempt did not complete within the attempt timeout of {_limit}.";
        return new TimeoutException(message, cause);
    }

    /// <summary>Disarms the timer and unlinks it from the caller's token.</summary>
    public void Dispose()
    {
        _link.Dispose();
        if (_source is not null)
        {
            TimerSources.Return(_source);
        }
    }
}
