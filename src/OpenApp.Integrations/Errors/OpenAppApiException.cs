using System.Collections.ObjectModel;
using System.Globalization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The server answered with a status that is not a success for the operation. Carries the status, the error code
/// and message from the body, correlation and request ids, the response headers and the raw body (capped).
/// </summary>
/// <remarks>
/// Subclasses exist only where callers branch differently: <see cref="OpenAppAuthenticationException"/> (401),
/// <see cref="OpenAppPermissionException"/> (403), <see cref="OpenAppNotFoundException"/> (404),
/// <see cref="OpenAppValidationException"/> (400, 422), <see cref="OpenAppConflictException"/> (409),
/// <see cref="OpenAppUpgradeRequiredException"/> (426), <see cref="OpenAppRateLimitException"/> (429) and
/// <see cref="OpenAppServerException"/> (5xx). Any other status raises this type itself.
/// </remarks>
public class OpenAppApiException : OpenAppException
{
    /// <summary>The most characters of a response body an exception keeps.</summary>
    public const int MaxRawBodyLength = 4096;

    /// <summary>The <c>error_code</c> of a quota that retrying cannot clear.</summary>
    public const string QuotaExceededCode = "quota_exceeded";

    /// <summary>The <c>error_code</c> of a call the server wants confirmed with its <c>preview_token</c>.</summary>
    public const string ConfirmationRequiredCode = "confirmation_required";

    /// <summary>Creates an exception from what the server answered.</summary>
    /// <param name="details">The response, parsed.</param>
    public OpenAppApiException(ApiErrorDetails details)
        : base(BuildMessage(details))
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
        OperationName = details.OperationName;
        Method = details.Method;
        RequestUri = details.RequestUri;
        CorrelationId = details.CorrelationId;
    }

    /// <summary>Everything the SDK read from the failed response.</summary>
    public ApiErrorDetails Details { get; }

    /// <inheritdoc />
    public override int Status => Details.Status;

    /// <summary>The server's <c>error_code</c> (or <c>code</c>), e.g. <c>door_unreachable</c>; null when absent.</summary>
    public string? ErrorCode => Details.ErrorCode;

    /// <summary>The server's <c>message</c>, or the body text when it is not JSON.</summary>
    public string? ServerMessage => Details.ServerMessage;

    /// <summary>The request id the server or gateway returned (<c>X-Request-Id</c>), when present.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The raw response body, capped at <see cref="MaxRawBodyLength"/> characters.</summary>
    public string? RawBody => Details.RawBody;

    /// <summary>The response headers (names lower-cased); never includes request credentials.</summary>
    public IReadOnlyDictionary<string, string> ResponseHeaders => Details.ResponseHeaders;

    /// <summary>The delay the server asked for in <c>Retry-After</c> (seconds or an HTTP date), when present.</summary>
    public TimeSpan? RetryAfter => Details.RetryAfter;

    /// <summary>
    /// Whether the error is <c>error_code: quota_exceeded</c>, whatever the status: a quota is not cleared by retrying,
    /// so the SDK never retries it.
    /// </summary>
    public bool IsQuotaExceeded => string.Equals(ErrorCode, QuotaExceededCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the server wants the call confirmed (<c>error_code: confirmation_required</c>); repeat it with the
    /// options <c>ex.CreateConfirmation(options)</c> makes (<see cref="OpenAppConfirmation.CreateConfirmation"/>).
    /// </summary>
    public bool IsConfirmationRequired =>
        string.Equals(ErrorCode, ConfirmationRequiredCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>preview_token</c> of a <c>confirmation_required</c> error, to send back as <c>X-OpenApp-Confirm</c>.</summary>
    public string? PreviewToken => Details.PreviewToken;

    private static string BuildMessage(ApiErrorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "OpenApp {0} failed with status {1}",
            details.OperationName ?? "request",
            details.Status);
        if (!string.IsNullOrEmpty(details.ErrorCode))
        {
            text += " (" + details.ErrorCode + ")";
        }

        if (!string.IsNullOrEmpty(details.ServerMessage))
        {
            text += ": " + details.ServerMessage.TrimEnd('.');
        }

        text += ".";
        if (!string.IsNullOrEmpty(details.CorrelationId))
        {
            text += " Correlation id: " + details.CorrelationId + ".";
        }

        return text;
    }
}

/// <summary>What the SDK read from a failed response; the input of <see cref="OpenAppApiException"/>.</summary>
public sealed class ApiErrorDetails
{
    private static readonly IReadOnlyDictionary<string, string> s_noHeaders =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>The HTTP status.</summary>
    public required int Status { get; init; }

    /// <summary>The server's error code (<c>error_code</c> or <c>code</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The server's message.</summary>
    public string? ServerMessage { get; init; }

    /// <summary>The correlation id: from the body (<c>correlationId</c>), the response header, or the one sent.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The request id from the response headers.</summary>
    public string? RequestId { get; init; }

    /// <summary>The <c>preview_token</c> of a <c>confirmation_required</c> error.</summary>
    public string? PreviewToken { get; init; }

    /// <summary>The raw body, capped.</summary>
    public string? RawBody { get; init; }

    /// <summary>The response headers, lower-cased names, values joined by a comma.</summary>
    public IReadOnlyDictionary<string, string> ResponseHeaders { get; init; } = s_noHeaders;

    /// <summary>The operation name.</summary>
    public string? OperationName { get; init; }

    /// <summary>The HTTP method.</summary>
    public string? Method { get; init; }

    /// <summary>The request URI without query.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>The <c>Retry-After</c> delay the server asked for, when present.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The status and error code, e.g. <c>ApiErrorDetails(404, not_found)</c>; never the body.</summary>
    public override string ToString() =>
        "ApiErrorDetails(" + Status.ToString(CultureInfo.InvariantCulture) + (ErrorCode is null ? string.Empty : ", " + ErrorCode) + ")";
}
