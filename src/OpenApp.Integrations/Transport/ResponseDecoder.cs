using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Authentication;
using OpenApp.Integrations.Errors;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// Decodes a success body straight from the bytes the attempt read. A leading UTF-8 byte order mark is skipped; no body
/// at all (a 204, an empty 200) is a success without a value (<see cref="OpenAppResponse{T}.HasValue"/> is false);
/// whatever else the body holds (truncated or malformed JSON, HTML, a wrong shape), the only failure is an
/// <see cref="OpenAppSerializationException"/> with the status and a capped, scrubbed excerpt.
/// </summary>
internal static class ResponseDecoder
{
    public static OpenAppResponse<T> Decode<T>(
        AttemptOutcome outcome,
        JsonTypeInfo<T> responseType,
        CallPlan plan,
        SecretScrubber scrubber,
        CancellationToken cancellationToken)
    {
        // As reading a stream would: a call the caller cancelled does not go on to decode.
        cancellationToken.ThrowIfCancellationRequested();
        var response = outcome.Response!;
        var body = ErrorBodyParser.SkipByteOrderMark(outcome.Body.Span);
        if (IsBlank(body))
        {
            return OpenAppResponse<T>.WithoutValue(response, plan.CorrelationId);
        }

        try
        {
            var value = JsonSerializer.Deserialize(body, responseType);
            if (value is null)
            {
                throw Failure(body, $"had a null body where a {typeof(T).Name} was expected", null);
            }

            return new OpenAppResponse<T>(value, response, plan.CorrelationId);
        }
        catch (JsonException ex)
        {
            throw Failure(body, $"is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OpenAppException and not OutOfMemoryException)
        {
            // A converter that met a shape it did not expect (InvalidOperationException, FormatException,
            // InvalidCastException, OverflowException, even NullReferenceException): still the body's fault.
            throw Failure(body, $"could not be decoded as {typeof(T).Name}: {ex.Message}", ex);
        }

        OpenAppSerializationException Failure(ReadOnlySpan<byte> body, string what, Exception? cause)
        {
            var status = outcome.Status;
            var excerpt = scrubber.Scrub(Encoding.UTF8.GetString(body[..Math.Min(body.Length, OpenAppApiException.MaxRawBodyLength * 2)]));
            excerpt = ErrorBodyParser.Excerpt(excerpt, OpenAppApiException.MaxRawBodyLength);
            return new($"The response to OpenApp {plan.OperationName} ({plan.Method} {plan.Path}, status {status}) {what}", status, excerpt, cause)
            {
                OperationName = plan.OperationName,
                Method = plan.Method,
                RequestUri = plan.SafeUri,
                CorrelationId = plan.CorrelationId,
            };
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
