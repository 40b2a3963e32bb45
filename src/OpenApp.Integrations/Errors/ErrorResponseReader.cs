using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenApp.Integrations.Errors;

/// <summary>Reads a failed response into <see cref="ApiErrorDetails"/>, whatever its body holds.</summary>
internal static class ErrorResponseReader
{
    // Read at most this much of an error body: enough for any JSON error, bounded for a runaway HTML page.
    private const int MaxBytesRead = 64 * 1024;

    public static async Task<ApiErrorDetails> ReadAsync(
        HttpResponseMessage response,
        ErrorContext context,
        CancellationToken cancellationToken)
    {
        var text = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
        var headers = FlattenHeaders(response);
        string? errorCode = null, message = null, bodyCorrelation = null, previewToken = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            TryParseJson(text, ref errorCode, ref message, ref bodyCorrelation, ref previewToken);
            if (message is null && errorCode is null && !LooksLikeJson(text))
            {
                // A gateway's HTML or text page: its start is the best message there is.
                message = Excerpt(text, 200);
            }
        }

        headers.TryGetValue("x-request-id", out var requestId);
        headers.TryGetValue("x-correlation-id", out var headerCorrelation);
        return new ApiErrorDetails
        {
            Status = (int)response.StatusCode,
            ErrorCode = errorCode,
            ServerMessage = message,
            CorrelationId = bodyCorrelation ?? headerCorrelation ?? context.CorrelationId,
            RequestId = requestId,
            PreviewToken = previewToken,
            RawBody = text is null ? null : Excerpt(text, OpenAppApiException.MaxRawBodyLength),
            ResponseHeaders = headers,
            OperationName = context.OperationName,
            Method = context.Method,
            RequestUri = context.RequestUri,
            RetryAfter = RetryAfterParser.Parse(response.Headers.RetryAfter, context.Now),
        };
    }

    /// <summary>
    /// The <c>error_code</c> (or <c>code</c>) of a buffered error body, or null; used to decide on a retry without
    /// consuming the body the final exception is built from.
    /// </summary>
    public static string? PeekErrorCode(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? code = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                if (property.NameEquals("error_code"))
                {
                    return property.Value.GetString();
                }

                if (property.NameEquals("code"))
                {
                    code ??= property.Value.GetString();
                }
            }

            return code;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string Excerpt(string text, int max) => text.Length <= max ? text : text[..max];

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '[');
    }

    private static void TryParseJson(
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

    private static async Task<string?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxBytesRead];
            var total = 0;
            int read;
            while (total < buffer.Length &&
                   (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total == 0 ? null : Encoding.UTF8.GetString(buffer, 0, total);
        }
    }

    private static Dictionary<string, string> FlattenHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(headers, response.Headers);
        Add(headers, response.Content.Headers);
        return headers;

        static void Add(Dictionary<string, string> target, HttpHeaders source)
        {
            foreach (var (name, values) in source)
            {
                target[name.ToLowerInvariant()] = string.Join(", ", values);
            }
        }
    }
}

/// <summary>What the transport knew about the request when a response failed.</summary>
/// <remarks><paramref name="Now"/> comes from the client's TimeProvider, so an HTTP-date Retry-After is read against
/// the same clock the retry delays run on.</remarks>
internal readonly record struct ErrorContext(string OperationName, string Method, Uri RequestUri, string? CorrelationId, DateTimeOffset Now);

/// <summary>Turns a <c>Retry-After</c> header (seconds or an HTTP date) into a delay.</summary>
internal static class RetryAfterParser
{
    public static TimeSpan? Parse(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

}
