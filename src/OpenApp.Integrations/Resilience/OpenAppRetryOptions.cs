using System.Globalization;

namespace OpenApp.Integrations;

/// <summary>
/// Retries and timeouts of every call, part of <see cref="OpenAppClientOptions.Retry"/>. The defaults suit an
/// interactive app; the table in <c>docs/resilience.md</c> lists them.
/// </summary>
/// <remarks>
/// <para>Only calls that cannot duplicate a write are retried: GET, PUT, DELETE, and POST/PATCH with an
/// <c>Idempotency-Key</c>. They are retried on 408, 429, 500, 502, 503, 504, on network errors and on an attempt
/// timeout; never on 426, on <c>error_code: quota_exceeded</c>, on other 4xx or after the caller cancels.</para>
/// <para>The client reads these values once, when it is built.</para>
/// </remarks>
public sealed class OpenAppRetryOptions
{
    /// <summary>The largest <see cref="MaxRetries"/> accepted.</summary>
    public const int MaxRetriesLimit = 10;

    /// <summary>Retries after the first attempt (0 turns retries off). Default 3, at most <see cref="MaxRetriesLimit"/>.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; each retry doubles it (before jitter). Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay (jitter included). Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Spread backoff delays randomly so many clients do not retry in step. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// The longest <c>Retry-After</c> the SDK waits for. When the server asks for more, the call is not retried and the
    /// exception carries <c>RetryAfter</c> so the caller can schedule it. Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest one attempt may take, from sending the request to the end of the response body; an attempt that
    /// runs out is retried like a network error. Null for none. Default 30 seconds.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a whole call may take, all attempts and delays included. Null for none. Default 2 minutes.</summary>
    public TimeSpan? OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The settings, e.g. <c>OpenAppRetryOptions(MaxRetries=3, BaseDelay=00:00:01, ...)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"OpenAppRetryOptions(MaxRetries={MaxRetries}, BaseDelay={BaseDelay}, MaxDelay={MaxDelay}, UseJitter={UseJitter}, " +
        $"MaxRetryAfter={MaxRetryAfter}, AttemptTimeout={Describe(AttemptTimeout)}, OverallTimeout={Describe(OverallTimeout)})");

    /// <summary>A copy, so a built client is not changed by later edits of the options.</summary>
    internal OpenAppRetryOptions Clone() => (OpenAppRetryOptions)MemberwiseClone();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the property that is out of range.</summary>
    internal void Validate()
    {
        Check(MaxRetries is >= 0 and <= MaxRetriesLimit, "Retry.MaxRetries", MaxRetries, $"must be between 0 and {MaxRetriesLimit}");
        Check(BaseDelay >= TimeSpan.Zero && BaseDelay <= TimeSpan.FromDays(1), "Retry.BaseDelay", BaseDelay, "must be between 0 and 1 day");
        Check(MaxDelay >= BaseDelay && MaxDelay <= TimeSpan.FromDays(1), "Retry.MaxDelay", MaxDelay, "must be between BaseDelay and 1 day");
        Check(MaxRetryAfter >= TimeSpan.Zero, "Retry.MaxRetryAfter", MaxRetryAfter, "must not be negative");
        CheckTimeout(AttemptTimeout, "Retry.AttemptTimeout");
        CheckTimeout(OverallTimeout, "Retry.OverallTimeout");
    }

    private static void CheckTimeout(TimeSpan? timeout, string name)
    {
        // Shorter than 10 ms cannot be met by a network call; longer than a day is a mistake, not a timeout.
        if (timeout is { } value)
        {
            Check(value >= TimeSpan.FromMilliseconds(10) && value <= TimeSpan.FromDays(1), name, value, "must be between 10 ms and 1 day, or null for none");
        }
    }

    private static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"OpenAppClientOptions.{name} {rule}.");
        }
    }

    private static string Describe(TimeSpan? timeout) =>
        timeout?.ToString("c", CultureInfo.InvariantCulture) ?? "none";
}
