namespace OpenApp.Integrations;

/// <summary>401: the API key or token is missing, malformed, expired or revoked.</summary>
public class OpenAppAuthenticationException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppAuthenticationException(ApiErrorDetails details)
        : base(details)
    {
    }
}
