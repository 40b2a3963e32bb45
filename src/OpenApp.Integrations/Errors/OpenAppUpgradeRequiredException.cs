namespace OpenApp.Integrations;

/// <summary>426: the server needs a newer client or LAN agent (e.g. "agent version too old"). Never retried.</summary>
public class OpenAppUpgradeRequiredException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppUpgradeRequiredException(ApiErrorDetails details)
        : base(details)
    {
    }
}
