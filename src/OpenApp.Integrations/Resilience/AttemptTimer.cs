using Polly.Timeout;

namespace OpenApp.Integrations.Resilience;

/// <summary>The timer of one attempt (see <see cref="CallTimeouts"/>); <c>default</c> when no timeout applies.</summary>
internal readonly struct AttemptTimer : IDisposable
{
    private readonly CallTimeouts? _owner;
    private readonly CancellationTokenSource? _source;
    private readonly CancellationTokenRegistration _link;
    private readonly TimeSpan _limit;
    private readonly bool _isDeadline;

    internal AttemptTimer(CallTimeouts owner, CancellationTokenSource? source, CancellationTokenRegistration link, TimeSpan limit, bool isDeadline)
    {
        _owner = owner;
        _source = source;
        _link = link;
        _limit = limit;
        _isDeadline = isDeadline;
    }

    /// <summary>Whether the overall deadline had passed before the attempt could start.</summary>
    public bool HasExpired => _owner is not null && _source is null;

    /// <summary>Whether this timer stands for the call's overall deadline (not the attempt timeout).</summary>
    public bool IsDeadline => _isDeadline;

    /// <summary>Whether the timer has fired (or the caller cancelled, which the caller's token tells apart).</summary>
    public bool HasFired => HasExpired || _source is { IsCancellationRequested: true };

    /// <summary>The token the attempt runs under: the timer's, or <paramref name="callerToken"/> when there is no timer.</summary>
    public CancellationToken TokenOr(CancellationToken callerToken) => _source?.Token ?? callerToken;

    /// <summary>The failure of an attempt this timer cut short: retried like a network error unless the deadline has passed.</summary>
    public TimeoutRejectedException Timeout(Exception? cause)
    {
        var message = _isDeadline
            ? $"The call did not complete within its overall timeout of {_limit}."
            : $"The attempt did not complete within the attempt timeout of {_limit}.";
        return cause is null ? new TimeoutRejectedException(message, _limit) : new TimeoutRejectedException(message, _limit, cause);
    }

    /// <summary>Disarms the timer and unlinks it from the caller's token.</summary>
    public void Dispose()
    {
        if (_source is not null)
        {
            _link.Dispose();
            _owner!.Return(_source);
        }
    }
}
