using System.Net.Http.Headers;

namespace OpenApp.Integrations.Errors;

/// <summary>Turns a <c>Retry-After</c> header (seconds or an HTTP date) into a delay. Read once per response.</summary>
internal static class RetryAfterParser
{
    /// <param name="header">The parsed header, or null.</param>
    /// <param name="now">Now on the client's clock, so an HTTP date is read against the clock the waits run on.</param>
    /// <returns>The delay (never negative), or null when the header is absent or unreadable.</returns>
    public static TimeSpan? Parse(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
