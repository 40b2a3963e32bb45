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

    /// <summary>The names of an object's properties, comma-joined (for a one-line summary).</summary>
    public static string Keys(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object ? string.Join(", ", json.EnumerateObject().Select(p => p.Name)) : json.ValueKind.ToString();
}
