using System.Collections.ObjectModel;
using System.Globalization;

namespace OpenApp.Integrations.Errors;

/// <summary>
/// The server answered with a status that is not a success for the operation. Carries the status, the error code
/// and message from the body, correlation and request ids, and the raw body (capped).
/// </summary>
public class OpenAppApiException : OpenAppException
{
    /// <summary>The most characters of a response body an exception keeps.</summary>
    public const int MaxRawBodyLength = 4096;

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
            text += ": " + details.ServerMessage;
        }

        return text + ".";
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
}
