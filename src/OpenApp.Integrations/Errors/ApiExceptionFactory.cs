namespace OpenApp.Integrations.Errors;

/// <summary>Chooses the exception type for a failed response: by status only, so callers can rely on the mapping.</summary>
internal static class ApiExceptionFactory
{
    public static OpenAppApiException Create(ApiErrorDetails details) => details.Status switch
    {
        400 or 422 => new OpenAppValidationException(details),
        401 => new OpenAppAuthenticationException(details),
        403 => new OpenAppPermissionException(details),
        404 => new OpenAppNotFoundException(details),
        409 => new OpenAppConflictException(details),
        426 => new OpenAppUpgradeRequiredException(details),
        429 => new OpenAppRateLimitException(details),
        >= 500 and <= 599 => new OpenAppServerException(details),
        _ => new OpenAppApiException(details),
    };
}
