namespace OpenApp.Integrations.Resilience;

/// <summary>The wait before a retry when the server did not say (<c>Retry-After</c>): exponential, capped, jittered.</summary>
internal sealed class Backoff
{
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly bool _useJitter;

    public Backoff(TimeSpan baseDelay, TimeSpan maxDelay, bool useJitter)
    {
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
        _useJitter = useJitter;
    }

    /// <summary>
    /// The wait after attempt number <paramref name="attempt"/> (1 for the first): the base delay doubled for each
    /// earlier retry (1 s, 2 s, 4 s, ... with the defaults), times a random factor between 0.5 and 1.5 when jitter is
    /// on (so clients that failed together do not retry together), never above the maximum.
    /// </summary>
    public TimeSpan After(int attempt)
    {
        var exponent = Math.Min(attempt - 1, 30); // 2^30 times any base delay is far past any cap
        var ticks = _baseDelay.Ticks * Math.Pow(2, exponent);
        if (_useJitter)
        {
            ticks *= 0.5 + Random.Shared.NextDouble();
        }

        return ticks >= _maxDelay.Ticks ? _maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
