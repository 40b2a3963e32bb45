namespace OpenApp.Integrations;

/// <summary>5xx: the server or an upstream provider failed (502 is an upstream provider error, 501 not supported).</summary>
public class OpenAppServerException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppServerException(ApiErrorDetails details)
        : base(details)
    {
    }
}
