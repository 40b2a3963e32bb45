using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>
/// Reads a <see cref="LocalizedString"/> from the flat locale map or a plain string; writes the flat map
/// (or the plain string it was made from). Never the bundle's <c>{"value": {...}}</c> wrapper.
/// </summary>
public sealed class LocalizedStringJsonConverter : JsonConverter<LocalizedString>
{
    /// <inheritdoc />
    public override LocalizedString? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return LocalizedString.FromText(reader.GetString()!);
            case JsonTokenType.StartObject:
                var values = new List<KeyValuePair<string, string>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    if (reader.TokenType != JsonTokenType.PropertyName)
                    {
                        throw new JsonException("Malformed localized string.");
                    }

                    var locale = reader.GetString()!;
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException($"Localized text for '{locale}' must be a string, found {reader.TokenType}.");
                    }

                    if (!string.IsNullOrWhiteSpace(locale))
                    {
                        values.Add(new KeyValuePair<string, string>(locale, reader.GetString()!));
                    }
                }

                return new LocalizedString(values);
            default:
                throw new JsonException($"A localized string is a locale map or a string, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalizedString value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.PlainText is not null)
        {
            writer.WriteStringValue(value.PlainText);
            return;
        }

        writer.WriteStartObject();
        foreach (var (locale, text) in value)
        {
            writer.WriteString(locale, text);
        }

        writer.WriteEndObject();
    }
}
