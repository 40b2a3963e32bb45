using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Reads request values the schema check cannot judge alone (names, dates, durations).</summary>
internal static class JsonInput
{
    /// <summary>A localized name: the flat map <c>{"en": "Lobby"}</c>, or a plain string (stored as English).</summary>
    public static Dictionary<string, string> LocalizedName(JsonNode? node, string field)
    {
        var name = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                name["en"] = value.GetValue<string>();
                break;
            case JsonObject map:
                foreach (var (locale, text) in map)
                {
                    if (locale == "value")
                    {
                        // The upstream bundle's {"value": {...}} wrapper: a client bug the real server rejects.
                        throw FakeApiException.InvalidField(field, "must be a flat locale map such as {\"en\": \"Lobby\"}, not {\"value\": ...}");
                    }

                    name[locale] = (string)text!;
                }

                break;
            default:
                throw FakeApiException.InvalidField(field, "must be a locale map or a string");
        }

        if (name.Count == 0 || name.Values.All(string.IsNullOrWhiteSpace))
        {
            throw FakeApiException.InvalidField(field, "must not be empty");
        }

        return name;
    }

    /// <summary>An RFC 3339 timestamp.</summary>
    public static DateTimeOffset Timestamp(string text, string field)
    {
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw FakeApiException.InvalidField(field, "must be an RFC 3339 date-time such as 2026-01-31T09:00:00Z");
        }

        return value;
    }

    /// <summary>A duration: <c>90s</c>, <c>30m</c>, <c>24h</c>, <c>7d</c>, an ISO 8601 duration (<c>P7D</c>) or seconds.</summary>
    public static TimeSpan Duration(string text, string field)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 1 && long.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            switch (char.ToLowerInvariant(trimmed[^1]))
            {
                case 's': return Positive(TimeSpan.FromSeconds(amount), field);
                case 'm': return Positive(TimeSpan.FromMinutes(amount), field);
                case 'h': return Positive(TimeSpan.FromHours(amount), field);
                case 'd': return Positive(TimeSpan.FromDays(amount), field);
            }
        }

        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Positive(TimeSpan.FromSeconds(seconds), field);
        }

        if (trimmed.StartsWith('P'))
        {
            try
            {
                return Positive(XmlConvert.ToTimeSpan(trimmed), field);
            }
            catch (FormatException)
            {
                // Fall through to the error below.
            }
        }

        throw FakeApiException.InvalidField(field, "must be a duration such as 24h, 7d or P7D");
    }

    /// <summary>A flat string map (metadata), or null.</summary>
    public static Dictionary<string, string>? StringMap(JsonNode? node) =>
        node is JsonObject map ? map.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? string.Empty, StringComparer.Ordinal) : null;

    /// <summary>Whether the property is present (even as null): the tri-state "omitted keeps" rule.</summary>
    public static bool Has(JsonObject body, string property) => body.ContainsKey(property);

    /// <summary>The property as a string, or null when absent or null.</summary>
    public static string? String(JsonObject body, string property) =>
        body[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static TimeSpan Positive(TimeSpan value, string field) =>
        value > TimeSpan.Zero ? value : throw FakeApiException.InvalidField(field, "must be positive");
}
