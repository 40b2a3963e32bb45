using System.Text;
using System.Text.Json;
using OpenApp.Integrations.Authentication;

namespace OpenApp.Integrations.Errors;

/// <summary>
/// Reads a failed response into <see cref="ApiErrorDetails"/>, whatever its body holds (an OpenApp error object, a
/// gateway's HTML or text, nothing). The transport parses each error response once; the retry decision and the
/// exception both use the result.
/// </summary>
internal static class ErrorBodyParser
{
    /// <summary>The most bytes of an error body the SDK reads: enough for any JSON error, bounded for a runaway page.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>Parses an error response. Every text that reaches the result has the client's secrets cut out.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body as read (at most <see cref="MaxErrorBodyBytes"/>).</param>
    /// <param name="headers">The response headers (names are matched case-insensitively).</param>
    /// <param name="retryAfter">The <c>Retry-After</c> delay, already parsed.</param>
    /// <param name="context">What the transport knew about the request.</param>
    /// <param name="scrubber">Removes the client's secrets from the server's text.</param>
    public static ApiErrorDetails Parse(
        int status,
        ReadOnlySpan<byte> body,
        IReadOnlyDictionary<string, string> headers,
        TimeSpan? retryAfter,
        ErrorContext context,
        SecretScrubber scrubber)
    {
        // Scrubbed before anything is taken from it: an excerpt must not cut an echoed key in half and keep a part.
        var text = body.IsEmpty ? null : scrubber.Scrub(Encoding.UTF8.GetString(SkipByteOrderMark(body)));
        string? errorCode = null, message = null, bodyCorrelation = null, previewToken = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            ReadJson(text, ref errorCode, ref message, ref bodyCorrelation, ref previewToken);
            if (message is null && errorCode is null && !LooksLikeJson(text))
            {
                // A gateway's HTML or text page: its start is the best message there is.
                message = Excerpt(text, 200);
            }
        }

        var kept = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            // A header can carry the key too (an echoed request, a Location with a token): scrub values like bodies.
            kept[name.ToLowerInvariant()] = scrubber.Scrub(value);
        }

        kept.TryGetValue("x-request-id", out var requestId);
        kept.TryGetValue("x-correlation-id", out var headerCorrelation);
        return new ApiErrorDetails
        {
            Status = status,
            ErrorCode = errorCode,
            ServerMessage = message,
            CorrelationId = bodyCorrelation ?? headerCorrelation ?? context.CorrelationId,
            RequestId = requestId,
            PreviewToken = previewToken,
            RawBody = text is null ? null : Excerpt(text, OpenAppApiException.MaxRawBodyLength),
            ResponseHeaders = kept,
            OperationName = context.OperationName,
            Method = context.Method,
            RequestUri = context.RequestUri,
            RetryAfter = retryAfter,
        };
    }

    /// <summary>A UTF-8 body without its byte order mark, if it starts with one.</summary>
    public static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith(ByteOrderMark) ? body[3..] : body;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    internal static string Excerpt(string text, int max) => text.Length <= max ? text : text[..max];

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '[');
    }

    private static void ReadJson(
        string text,
        ref string? errorCode,
        ref string? message,
        ref string? correlationId,
        ref string? previewToken)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
                switch (property.Name)
                {
                    case "error_code":
                        errorCode = value ?? errorCode;
                        break;
                    case "code":
                        errorCode ??= value;
                        break;
                    case "message":
                        message = value;
                        break;
                    case "correlationId" or "correlation_id":
                        correlationId = value;
                        break;
                    case "preview_token":
                        previewToken = value;
                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the caller keeps the raw text.
        }
    }
}

/// <summary>What the transport knew about the request when a response failed.</summary>
internal readonly record struct ErrorContext(string OperationName, string Method, Uri RequestUri, string? CorrelationId);
