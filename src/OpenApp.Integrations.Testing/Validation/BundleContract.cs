using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Validation;

/// <summary>
/// The project's OpenAPI bundle, embedded in this assembly: the list of operations the fake serves and the schemas it
/// checks bodies against. Read once per process; the fake's routes come from here, so it cannot drift from the SDK.
/// </summary>
internal sealed class BundleContract
{
    private const string ResourceName = "OpenApp.Integrations.Testing.openapp-integrations.json";
    private static readonly Lazy<BundleContract> s_instance = new(Load);

    private BundleContract(JsonObject components, IReadOnlyList<BundleOperation> operations)
    {
        Schemas = components;
        Operations = operations;
        ByOperationId = operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
    }

    /// <summary>The contract of this assembly's bundle.</summary>
    public static BundleContract Instance => s_instance.Value;

    /// <summary><c>components/schemas</c>.</summary>
    public JsonObject Schemas { get; }

    /// <summary>Every operation, in bundle order.</summary>
    public IReadOnlyList<BundleOperation> Operations { get; }

    /// <summary>Operations by operationId.</summary>
    public IReadOnlyDictionary<string, BundleOperation> ByOperationId { get; }

    private static BundleContract Load()
    {
        using var stream = typeof(BundleContract).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded bundle '{ResourceName}' is missing from the assembly.");
        var bundle = JsonNode.Parse(stream)!.AsObject();
        var schemas = bundle["components"]!["schemas"]!.AsObject();
        var operations = new List<BundleOperation>();
        foreach (var (path, item) in bundle["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in item!.AsObject())
            {
                if (operationNode is not JsonObject operation || operation["operationId"] is null)
                {
                    continue;
                }

                operations.Add(ReadOperation(path, method.ToUpperInvariant(), operation, schemas));
            }
        }

        return new BundleContract(schemas, operations);
    }

    private static BundleOperation ReadOperation(string path, string method, JsonObject operation, JsonObject schemas)
    {
        var requiresOrganization = false;
        var query = new List<QueryParameterRule>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? new JsonArray())
        {
            var name = (string)parameter!["name"]!;
            var location = (string)parameter["in"]!;
            var required = parameter["required"]?.GetValue<bool>() ?? false;
            if (location == "header" && string.Equals(name, "X-Org", StringComparison.OrdinalIgnoreCase))
            {
                requiresOrganization = required;
            }
            else if (location == "query")
            {
                var schema = Resolve(parameter["schema"], schemas);
                if (schema?["properties"] is JsonObject properties)
                {
                    // An object parameter with style form + explode: its properties are the keys on the wire.
                    var requiredKeys = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? new HashSet<string>();
                    foreach (var (key, propertySchema) in properties)
                    {
                        query.Add(Rule(key, propertySchema, required && requiredKeys.Contains(key)));
                    }
                }
                else
                {
                    query.Add(Rule(name, schema, required));
                }
            }
        }

        string? contentType = null;
        JsonNode? requestSchema = null;
        if (operation["requestBody"]?["content"] is JsonObject content)
        {
            var (type, media) = content.First();
            contentType = type;
            requestSchema = media?["schema"]?.DeepClone();
        }

        var responses = new Dictionary<int, JsonNode?>();
        foreach (var (status, response) in operation["responses"]!.AsObject())
        {
            if (int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                responses[code] = response?["content"]?["application/json"]?["schema"]?.DeepClone();
            }
        }

        return new BundleOperation(method, path, (string)operation["operationId"]!, requiresOrganization, query, contentType, requestSchema, responses);
    }

    private static QueryParameterRule Rule(string name, JsonNode? schema, bool required)
    {
        var types = schema?["type"] switch
        {
            JsonArray array => array.Select(t => (string)t!).ToArray(),
            JsonValue value => new[] { (string)value! },
            _ => Array.Empty<string>(),
        };
        var type = types.Contains("boolean") ? QueryValueType.Boolean
            : types.Contains("integer") ? QueryValueType.Integer
            : QueryValueType.String;
        long? minimum = schema?["minimum"] is JsonValue min ? min.GetValue<long>() : null;
        return new QueryParameterRule(name, type, required, minimum);
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject schemas)
    {
        if (schema?["$ref"] is JsonValue reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            return schemas[name];
        }

        return schema;
    }
}
