using System.Text;
using System.Text.Json;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// Formats a body for a log line: JSON with secret-looking fields replaced by <c>[redacted]</c>, text as it is,
/// anything else as a size; always capped.
/// </summary>
internal static class BodyRedactor
{
    // Bigger bodies are not parsed for redaction, so they are not shown at all.
    private const int MaxBytesToRedact = 1024 * 1024;

    // Field names are compared lower-case with '_' and '-' removed; a name containing any of these is redacted.
    private static readonly string[] s_sensitiveFragments =
    [
        "secret", "password", "passwd", "token", "apikey", "authorization", "privatekey", "credential", "cookie",
    ];

    public static string Format(ReadOnlySpan<byte> body, string? mediaType, int maxLength, SecretScrubber scrubber)
    {
        if (body.IsEmpty)
        {
            return "(empty)";
        }

        if (body.Length > MaxBytesToRedact)
        {
            return $"({body.Length} bytes, too large to log)";
        }

        string text;
        if (IsJson(mediaType, body))
        {
            text = TryRedactJson(body) ?? "(" + body.Length + " bytes of malformed JSON, not logged)";
        }
        else if (IsText(mediaType))
        {
            text = Encoding.UTF8.GetString(body);
        }
        else
        {
            return $"({body.Length} bytes of {mediaType ?? "unknown content"}, not logged)";
        }

        return Cap(scrubber.Scrub(text), maxLength);
    }

    internal static string Cap(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..maxLength] + $"...(cut, {text.Length} characters in all)";

    internal static bool IsSensitiveName(string name)
    {
        Span<char> normalized = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '-' || length == normalized.Length)
            {
                continue;
            }

            normalized[length++] = char.ToLowerInvariant(c);
        }

        var candidate = normalized[..length];
        foreach (var fragment in s_sensitiveFragments)
        {
            if (candidate.Contains(fragment.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJson(string? mediaType, ReadOnlySpan<byte> body)
    {
        if (mediaType is not null)
        {
            return mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);
        }

        var start = body.TrimStart(" \t\r\n"u8);
        return !start.IsEmpty && (start[0] == (byte)'{' || start[0] == (byte)'[');
    }

    private static bool IsText(string? mediaType) =>
        mediaType is not null && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
            mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase));

    private static string? TryRedactJson(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, document.RootElement);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (IsSensitiveName(property.Name))
                    {
                        writer.WriteString(property.Name, HeaderRedactor.Redacted);
                    }
                    else
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
