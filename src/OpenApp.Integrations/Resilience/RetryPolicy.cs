namespace OpenApp.Integrations.Resilience;

/// <summary>How an attempt failed, as far as retrying is concerned.</summary>
internal enum AttemptFailure
{
    /// <summary>The server answered 408, 429, 500, 502, 503 or 504 (and not <c>quota_exceeded</c>).</summary>
    TransientStatus,

    /// <summary>No usable response: connection refused or reset, DNS, TLS, a body that broke off.</summary>
    NoResponse,

    /// <summary>The attempt timeout ran out.</summary>
    AttemptTimeout,

    /// <summary>Anything another attempt cannot fix: another status, a quota, a body too large, the overall deadline.</summary>
    Final,
}

/// <summary>
/// Whether a failed attempt is tried again, and after what wait. Only calls that cannot duplicate a write are retried
/// (GET, PUT, DELETE, and POST or PATCH with an <c>Idempotency-Key</c>); a <c>Retry-After</c> above the cap and a wait
/// that would end after the call's overall deadline end the call at once with the last attempt's error, so the
/// caller gets the server's answer rather than a timeout.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly int _maxRetries;
    private readonly TimeSpan _maxRetryAfter;
    private readonly Backoff _backoff;

    /// <param name="settings">Validated settings (the client's copy).</param>
    public RetryPolicy(OpenAppRetryOptions settings)
    {
        _maxRetries = settings.MaxRetries;
        _maxRetryAfter = settings.MaxRetryAfter;
        _backoff = new Backoff(settings.BaseDelay, settings.MaxDelay, settings.UseJitter);
    }

    /// <summary>Whether a status is worth another attempt (quota errors aside).</summary>
    public static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>The wait before the next attempt, or null when the call ends with this attempt's outcome.</summary>
    /// <param name="attempt">The attempt that failed, 1 for the first.</param>
    /// <param name="isIdempotent">Whether repeating the request cannot apply a write twice.</param>
    /// <param name="failure">How it failed.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if it sent one.</param>
    /// <param name="timeLeft">What is left of the overall timeout, or null when there is none.</param>
    public TimeSpan? NextDelay(int attempt, bool isIdempotent, AttemptFailure failure, TimeSpan? retryAfter, TimeSpan? timeLeft)
    {
        if (failure == AttemptFailure.Final || !isIdempotent || attempt > _maxRetries)
        {
            return null;
        }

        if (retryAfter > _maxRetryAfter)
        {
            // The exception carries RetryAfter: the caller can schedule the call when the server wants it.
            return null;
        }

        var delay = retryAfter ?? _backoff.After(attempt);
        return timeLeft is { } left && delay >= left ? null : delay;
    }
}
