namespace OpenApp.Integrations;

/// <summary>
/// 429: too many requests. The SDK has already retried (when the call is idempotent) and honoured
/// <see cref="OpenAppApiException.RetryAfter"/>; a <see cref="OpenAppApiException.IsQuotaExceeded"/> error is never
/// retried because waiting does not clear a quota.
/// </summary>
public class OpenAppRateLimitException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppRateLimitException(ApiErrorDetails details)
        : base(details)
    {
    }
}
