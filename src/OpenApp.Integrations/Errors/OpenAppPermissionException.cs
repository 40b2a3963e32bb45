namespace OpenApp.Integrations;

/// <summary>
/// 403: the credential is valid but may not do this, typically because it has no access to the organization in
/// <c>X-Org</c> (or none was sent).
/// </summary>
public class OpenAppPermissionException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppPermissionException(ApiErrorDetails details)
        : base(details)
    {
    }
}
