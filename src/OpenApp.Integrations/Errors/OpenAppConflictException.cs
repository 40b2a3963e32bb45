namespace OpenApp.Integrations;

/// <summary>
/// 409: the request conflicts with the resource's current state (a duplicate, a concurrent change, or a call that
/// needs confirmation: see <see cref="OpenAppApiException.IsConfirmationRequired"/>).
/// </summary>
public class OpenAppConflictException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppConflictException(ApiErrorDetails details)
        : base(details)
    {
    }
}
