using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>
/// No list or field of the contract decodes to empty or default while the server sent data: a schema-shaped sample of
/// every response type of the bundle (every field present, an unknown field in every object) is decoded into its
/// model and written back, and the result must be the JSON it came from.
/// </summary>
public sealed class ResponseDecodeTests
{
    /// <summary>The component schemas the bundle's operations answer with (successes, errors, array items), by name.</summary>
    public static TheoryData<string> ResponseTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in ResponseTypeNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static SortedSet<string> ResponseTypeNames()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var operation in BundleDocument.Operations.Values)
        {
            foreach (var (_, response) in operation.Node["responses"]!.AsObject())
            {
                var schema = response?["content"]?["application/json"]?["schema"];
                if ((schema?["$ref"] ?? schema?["items"]?["$ref"]) is JsonValue reference)
                {
                    names.Add(reference.GetValue<string>().Split('/')[^1]);
                }
            }
        }

        return names;
    }

    [Fact]
    public void Every_response_schema_of_the_bundle_is_covered()
    {
        // The inline provider-type map is a map of LocalizedString, a hand-written type with tests of its own.
        var names = ResponseTypeNames();
        Assert.Equal(34, names.Count);
        Assert.Contains("ApiErrorResponse", names);
        Assert.Contains("PolicyResponse", names);
        Assert.Contains("PendingSharingApprovalResponse", names);
    }

    [Theory]
    [MemberData(nameof(ResponseTypes))]
    public async Task A_full_sample_decodes_with_no_field_lost_and_unknown_fields_kept(string schemaName)
    {
        var type = typeof(OpenAppClient).Assembly.GetType("OpenApp.Integrations.Models." + schemaName)
            ?? throw new Xunit.Sdk.XunitException($"No model for the response schema {schemaName}.");
        var sample = SchemaSample.For(schemaName);
        var json = sample.ToJsonString();
        var invalid = await BundleSchemas.ErrorsForComponentAsync(schemaName, json);
        Assert.True(invalid.Count == 0, $"The sample does not fit {schemaName}: {string.Join("; ", invalid)}");

        var model = JsonSerializer.Deserialize(json, OpenAppJson.Options.GetTypeInfo(type))!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, OpenAppJson.Options.GetTypeInfo(type)))!;

        var lost = Differences(sample, written, "$").ToList();
        Assert.True(lost.Count == 0, $"{schemaName} loses data on a round trip:\n  {string.Join("\n  ", lost)}\nSent: {json}\nWritten back: {written.ToJsonString()}");

        // Kept is not enough: a declared field that only survives as an unknown one decoded to its default.
        var untyped = UntypedFields(model, "$").ToList();
        Assert.True(untyped.Count == 0, $"{schemaName} decodes declared fields as unknown ones: {string.Join(", ", untyped)}");
    }

    /// <summary>Fields that landed in extension data although they are not the sample's unknown field.</summary>
    private static IEnumerable<string> UntypedFields(object? value, string path)
    {
        if (value is null || value is string || value is JsonElement || value.GetType().IsPrimitive || value.GetType().IsValueType ||
            value is Integrations.Models.LocalizedString)
        {
            yield break;
        }

        if (value is IDictionary<string, string>)
        {
            yield break;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                foreach (var field in UntypedFields(item, $"{path}[{i++}]"))
                {
                    yield return field;
                }
            }

            yield break;
        }

        var type = value.GetType();
        var extension = type.GetProperty("AdditionalPropertiesOrNull", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(value)
            ?? type.GetProperty("AdditionalProperties", BindingFlags.Public | BindingFlags.Instance)?.GetValue(value);
        if (extension is IEnumerable entries)
        {
            foreach (var key in entries.Cast<object>().Select(e => (string)e.GetType().GetProperty("Key")!.GetValue(e)!))
            {
                if (key != SchemaSample.UnknownField)
                {
                    yield return $"{path}.{key}";
                }
            }
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is "AdditionalProperties" || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            foreach (var field in UntypedFields(property.GetValue(value), path + "." + property.Name))
            {
                yield return field;
            }
        }
    }

    /// <summary>Where <paramref name="actual"/> does not hold what <paramref name="expected"/> does (extra nulls are fine).</summary>
    private static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(key, out var actualValue))
                    {
                        yield return $"{path}.{key}: missing";
                        continue;
                    }

                    foreach (var difference in Differences(value, actualValue, path + "." + key))
                    {
                        yield return difference;
                    }
                }

                foreach (var (key, value) in actualObject)
                {
                    if (!expectedObject.ContainsKey(key) && value is not null)
                    {
                        yield return $"{path}.{key}: written but never sent ({value.ToJsonString()})";
                    }
                }

                break;
            case JsonArray expectedArray when actual is JsonArray actualArray && expectedArray.Count == actualArray.Count:
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    foreach (var difference in Differences(expectedArray[i], actualArray[i], $"{path}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{path}: sent {expected?.ToJsonString() ?? "null"}, written back {actual?.ToJsonString() ?? "null"}";
                }

                break;
        }
    }
}
