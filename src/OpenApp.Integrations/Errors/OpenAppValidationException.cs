namespace OpenApp.Integrations;

/// <summary>400 or 422: the server rejected the request's content; <see cref="OpenAppApiException.ServerMessage"/> says why.</summary>
public class OpenAppValidationException : OpenAppApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppValidationException(ApiErrorDetails details)
        : base(details)
    {
    }
}
