using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Builds a JSON document shaped like a schema of the bundle: every property present with a value of its type (the
/// richest branch of a <c>oneOf</c>, one item per array, two entries per map), and an unknown field in every object.
/// Values are written the way the SDK writes them back (date-times with a <c>+00:00</c> offset), so a lossless round
/// trip gives the same text.
/// </summary>
public static class SchemaSample
{
    /// <summary>The unknown field added to every object (its value is an object, so nested unknown data is kept too).</summary>
    public const string UnknownField = "x_field_from_a_newer_server";

    private static JsonObject Schemas => BundleDocument.Document["components"]!["schemas"]!.AsObject();

    /// <summary>A sample of the component schema <paramref name="name"/>.</summary>
    public static JsonNode For(string name) => Sample(Schemas[name]!, depth: 0)!;

    private static JsonNode? Sample(JsonNode schema, int depth)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            return Sample(Schemas[reference.GetValue<string>().Split('/')[^1]]!, depth + 1);
        }

        if (schema["allOf"] is JsonArray parts)
        {
            var merged = new JsonObject();
            foreach (var part in parts)
            {
                if (Sample(part!, depth) is JsonObject partSample)
                {
                    foreach (var (key, value) in partSample)
                    {
                        merged[key] = value?.DeepClone();
                    }
                }
            }

            return merged;
        }

        if (schema["oneOf"] is JsonArray branches)
        {
            // The branch with the most properties: a null branch or a thinner variant would leave fields untested.
            var richest = branches.Where(b => b!["type"]?.ToString() != "null")
                .OrderByDescending(b => Properties(b!).Count())
                .First()!;
            return Sample(richest, depth);
        }

        if (schema["enum"] is JsonArray values)
        {
            return values[^1]!.DeepClone();
        }

        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList(),
            JsonValue value => new List<string> { value.GetValue<string>() },
            _ => new List<string>(),
        };

        if (types.Contains("object") || schema["properties"] is not null)
        {
            var sample = new JsonObject();
            foreach (var (key, property) in Properties(schema))
            {
                sample[key] = Sample(property, depth + 1);
            }

            if (schema["additionalProperties"] is JsonObject valueSchema)
            {
                var isAny = valueSchema.Count == 0;
                sample["first_key"] = isAny ? new JsonArray(1, "x") : Sample(valueSchema, depth + 1);
                sample["second_key"] = isAny ? new JsonObject { ["nested"] = true } : Sample(valueSchema, depth + 1);
            }

            // A localized string or a plain map is all keys: an unknown field would just be another key.
            if (schema["additionalProperties"] is null or JsonValue)
            {
                sample[UnknownField] = new JsonObject { ["kept"] = new JsonArray("as", "sent") };
            }

            return sample;
        }

        if (types.Count == 0)
        {
            // A schema-less value (raw JSON): something with structure.
            return new JsonObject { ["raw"] = new JsonArray(1, "two", new JsonObject { ["three"] = 3 }) };
        }

        return types[0] switch
        {
            "array" => new JsonArray(Sample(schema["items"]!, depth + 1)),
            "string" when schema["format"]?.GetValue<string>() == "date-time" => "2026-01-02T03:04:05+00:00",
            "string" => "text-" + depth,
            "integer" => 7,
            "number" => 1.5,
            "boolean" => true,
            _ => throw new InvalidOperationException($"No sample for type {types[0]}."),
        };
    }

    private static IEnumerable<(string Key, JsonNode Schema)> Properties(JsonNode schema) =>
        (schema["properties"] as JsonObject ?? new JsonObject()).Select(p => (p.Key, p.Value!));
}
