using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>Structural differences between two JSON documents, named by RFC 6901 JSON pointers.</summary>
public static class JsonPointerDiff
{
    /// <summary>
    /// The pointers where <paramref name="left"/> and <paramref name="right"/> differ: each at the first node that differs
    /// (a changed leaf, a key present on one side only, arrays of different length, values of different kinds).
    /// </summary>
    public static List<string> Differences(JsonNode? left, JsonNode? right)
    {
        var differences = new List<string>();
        Walk(left, right, string.Empty, differences);
        return differences;
    }

    /// <summary>Whether the pointer <paramref name="location"/> is <paramref name="prefix"/> or lies below it.</summary>
    public static bool IsUnder(string location, string prefix) =>
        location == prefix || location.StartsWith(prefix + "/", StringComparison.Ordinal);

    /// <summary>The node at the pointer <paramref name="location"/>, or null when there is none.</summary>
    public static JsonNode? Resolve(JsonNode? root, string location)
    {
        if (location.Length == 0)
        {
            return root;
        }

        var node = root;
        foreach (var token in location[1..].Split('/').Select(Unescape))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Escapes one reference token (<c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>).</summary>
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static void Walk(JsonNode? left, JsonNode? right, string pointer, List<string> differences)
    {
        if (left is JsonObject leftObject && right is JsonObject rightObject)
        {
            foreach (var key in leftObject.Select(p => p.Key).Union(rightObject.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                var child = pointer + "/" + Escape(key);
                if (!leftObject.ContainsKey(key) || !rightObject.ContainsKey(key))
                {
                    differences.Add(child);
                }
                else
                {
                    Walk(leftObject[key], rightObject[key], child, differences);
                }
            }
        }
        else if (left is JsonArray leftArray && right is JsonArray rightArray && leftArray.Count == rightArray.Count)
        {
            for (var i = 0; i < leftArray.Count; i++)
            {
                Walk(leftArray[i], rightArray[i], pointer + "/" + i, differences);
            }
        }
        else if (!JsonNode.DeepEquals(left, right))
        {
            differences.Add(pointer);
        }
    }
}
