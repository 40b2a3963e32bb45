namespace OpenApp.Integrations;

/// <summary>404: the id (or the route) is unknown in this organization.</summary>
public class OpenAppNotFoundException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppNotFoundException(ApiErrorDetails details)
        : base(details)
    {
    }
}
