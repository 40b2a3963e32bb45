using System.Buffers;
using System.Text;
using System.Text.Json;
using OpenApp.Integrations.Authentication;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// Formats a body for a log line: JSON with secret-looking fields replaced by <c>[redacted]</c> (and so are the values
/// beside a setting name that looks secret, <c>{"key": "mqtt_password", "stored": ...}</c>), text as it is, anything
/// else as a size; always capped. The body is already in memory (the transport read it once); formatting never holds
/// more than about the cap: JSON is copied token by token and the copy stops at the cap.
/// </summary>
internal static class BodyRedactor
{
    // Field names are compared lower-case with '_' and '-' removed; a name containing any of these is redacted.
    private static readonly string[] s_sensitiveFragments =
    [
        "secret", "password", "passwd", "token", "apikey", "authorization", "privatekey", "credential", "cookie",
    ];

    // Properties whose value names a setting (normalized like field names): {"key": "mqtt_password", "stored": "..."}
    // carries the secret under a neutral name, so a secret-looking setting name hides the object's other values.
    private static readonly string[] s_settingNameProperties = ["key", "name", "field", "setting", "parameter"];

    // Setting names are short; a longer string is not looked at as one, so checking it never copies much.
    private const int MaxSettingNameLength = 256;

    public static string Format(ReadOnlySpan<byte> body, string? mediaType, int maxLength, SecretScrubber scrubber)
    {
        if (body.IsEmpty)
        {
            return "(empty)";
        }

        // Read past the cap by the longest secret: a key that starts before the cap is then whole when the text is
        // scrubbed, so the cut cannot leave half a key behind.
        var window = maxLength + scrubber.LongestSecretLength;
        string text;
        var cut = false;
        if (IsJson(mediaType, body))
        {
            var redacted = TryRedactJson(body, window, out cut);
            if (redacted is null)
            {
                return "(" + body.Length + " bytes of malformed JSON, not logged)";
            }

            text = redacted;
        }
        else if (IsText(mediaType))
        {
            // Decode a little more than the cap (UTF-8 is at most 4 bytes a character): enough to cut at the cap.
            var take = (int)Math.Min(body.Length, (long)window * 4 + 4);
            text = Encoding.UTF8.GetString(body[..take]);
            cut = take < body.Length;
        }
        else
        {
            return $"({body.Length} bytes of {mediaType ?? "unknown content"}, not logged)";
        }

        text = scrubber.Scrub(text);
        return text.Length > maxLength || cut
            ? text[..Math.Min(text.Length, maxLength)] + $"...(cut, {body.Length} bytes in all)"
            : text;
    }

    internal static bool IsSensitiveName(string name) => IsSensitiveName(name.AsSpan());

    private static bool IsSensitiveName(ReadOnlySpan<char> name)
    {
        Span<char> normalized = stackalloc char[Math.Min(name.Length, 128)];
        var candidate = normalized[..Normalize(name, normalized)];
        foreach (var fragment in s_sensitiveFragments)
        {
            if (candidate.Contains(fragment.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSettingNameProperty(ReadOnlySpan<char> name)
    {
        Span<char> normalized = stackalloc char[Math.Min(name.Length, 128)];
        var candidate = normalized[..Normalize(name, normalized)];
        foreach (var property in s_settingNameProperties)
        {
            if (candidate.SequenceEqual(property.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    // Lower-case with '_' and '-' removed ("X-API-Key" reads as "xapikey"), cut at the buffer's length.
    private static int Normalize(ReadOnlySpan<char> name, Span<char> normalized)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '-' || length == normalized.Length)
            {
                continue;
            }

            normalized[length++] = char.ToLowerInvariant(c);
        }

        return length;
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

    // Copies the JSON token by token with sensitive values replaced, and stops once the copy passes the cap: a large
    // body costs a read of the bytes it shows, not a parsed document.
    private static string? TryRedactJson(ReadOnlySpan<byte> body, int maxLength, out bool cut)
    {
        cut = false;
        var output = new ArrayBufferWriter<byte>(Math.Min(body.Length, maxLength) + 64);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true }))
            {
                // The depth of the object whose setting name looks secret while the copy is inside it, else -1.
                var secretSettingDepth = -1;
                while (reader.Read())
                {
                    if (writer.BytesCommitted + writer.BytesPending > maxLength)
                    {
                        cut = true;
                        break;
                    }

                    CopyToken(ref reader, writer, ref secretSettingDepth);
                }
            }

            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Inside an object whose setting name looks secret (secretSettingDepth >= 0), strings and numbers are written as
    // [redacted], in nested objects and arrays too: whatever shape the setting's value has (a list of hosts, an object
    // of credentials), all of it is that value, and telling its harmless parts apart would be guessing.
    private static void CopyToken(ref Utf8JsonReader reader, Utf8JsonWriter writer, ref int secretSettingDepth)
    {
        var insideSecretSetting = secretSettingDepth >= 0;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                // Decided before the object is written: its setting name may come after the values it hides.
                if (!insideSecretSetting && HasSecretSettingName(reader))
                {
                    secretSettingDepth = reader.CurrentDepth;
                }

                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                if (reader.CurrentDepth == secretSettingDepth)
                {
                    secretSettingDepth = -1;
                }

                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                var name = reader.GetString()!;
                writer.WritePropertyName(name);
                if (IsSensitiveName(name))
                {
                    // The value, whatever its shape, becomes one string.
                    reader.Read();
                    reader.Skip();
                    writer.WriteStringValue(SecretScrubber.Redacted);
                }
                else if (insideSecretSetting && reader.CurrentDepth == secretSettingDepth + 1 && IsSecretSettingName(reader))
                {
                    // The setting's name stays, so the log still says which setting changed.
                    reader.Read();
                    writer.WriteStringValue(reader.GetString());
                }

                break;
            case JsonTokenType.String:
                writer.WriteStringValue(insideSecretSetting ? SecretScrubber.Redacted : reader.GetString());
                break;
            case JsonTokenType.Number when insideSecretSetting:
                writer.WriteStringValue(SecretScrubber.Redacted);
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonTokenType.False:
                writer.WriteBooleanValue(false);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                break;
        }
    }

    // Whether the object the reader is on (its StartObject) has, among its own properties, a setting name that looks
    // secret. The reader is a copy, so this lookahead leaves the caller's where it was; it reads the body already in
    // memory, skipping nested values, and copies no more than a short setting name (the output is still capped).
    private static bool HasSecretSettingName(Utf8JsonReader reader)
    {
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (IsSecretSettingName(reader))
                {
                    return true;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A body cut short (error bodies are read up to a cap) ends inside the object: judge it by the properties
            // that are there. The copy still calls the body malformed only if it meets the cut before its own cap.
        }

        return false;
    }

    // On a property name (the reader is a copy): whether it is a setting-name property whose string value looks
    // secret, like "key": "mqtt_password".
    private static bool IsSecretSettingName(Utf8JsonReader reader)
    {
        Span<char> text = stackalloc char[MaxSettingNameLength];
        if (!TryCopyString(ref reader, text, out var length) || !IsSettingNameProperty(text[..length]))
        {
            return false;
        }

        reader.Read();
        return reader.TokenType == JsonTokenType.String && TryCopyString(ref reader, text, out length) &&
            IsSensitiveName(text[..length]);
    }

    // Copies the current name or string to the stack, or returns false when it does not fit: the raw bytes, escapes
    // included, are never fewer than the characters they decode to.
    private static bool TryCopyString(ref Utf8JsonReader reader, scoped Span<char> text, out int length)
    {
        if (reader.ValueSpan.Length > text.Length)
        {
            length = 0;
            return false;
        }

        length = reader.CopyString(text);
        return true;
    }
}
