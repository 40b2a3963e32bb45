using System.Text.Json;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Reads provider-specific JSON without assuming its shape: arrays may be bare or under a named property.</summary>
internal static class JsonPeek
{
    /// <summary>The items of <paramref name="json"/> if it is an array, or of the first of its <paramref name="properties"/> that is one.</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement json, params string[] properties)
    {
        if (json.ValueKind == JsonValueKind.Array)
        {
            return json.EnumerateArray().ToList();
        }

        foreach (var property in properties)
        {
            if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                return items.EnumerateArray().ToList();
            }
        }

        return Array.Empty<JsonElement>();
    }

    /// <summary>The first of <paramref name="names"/> that is a string property, or the item itself if it is a string.</summary>
    public static string? Text(JsonElement item, params string[] names)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return item.GetString();
        }

        if (item.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in names)
            {
                if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A display name: the first of <paramref name="names"/> that is a string, or an English (else any) text of it when
    /// it is a locale map such as <c>{"en": "Open a door"}</c>.
    /// </summary>
    public static string? Name(JsonElement item, params string[] names)
    {
        if (Text(item, names) is { } text)
        {
            return text;
        }

        foreach (var name in names)
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object)
            {
                return Text(map, "en") ?? map.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>
    /// The fields a JSON Schema object describes (its <c>properties</c>), each with its title when it has one; empty
    /// when <paramref name="schema"/> is not a schema with properties.
    /// </summary>
    public static IReadOnlyList<(string Name, string? Title)> SchemaFields(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return Array.Empty<(string, string?)>();
        }

        return properties.EnumerateObject().Select(p => (p.Name, Text(p.Value, "title"))).ToList();
    }

    /// <summary>The property <paramref name="name"/> of <paramref name="json"/>, or an undefined element when there is none.</summary>
    public static JsonElement Property(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : default;

    /// <summary>The names of an object's properties, comma-joined (for a one-line summary).</summary>
    public static string Keys(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object ? string.Join(", ", json.EnumerateObject().Select(p => p.Name)) : json.ValueKind.ToString();
}
