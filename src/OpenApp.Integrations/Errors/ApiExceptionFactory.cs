namespace OpenApp.Integrations.Errors;

/// <summary>Chooses the exception type for a failed response.</summary>
internal static class ApiExceptionFactory
{
    public static OpenAppApiException Create(ApiErrorDetails details) => new(details);
}
