using System.Text.Json.Nodes;
using OpenApp.Integrations.Generator;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>The project's OpenAPI bundle (openapi/openapp-integrations.json), parsed once, with its operations indexed.</summary>
public static class BundleDocument
{
    private static readonly string[] s_methods = { "get", "put", "post", "delete", "patch", "head", "options" };
    private static readonly Lazy<JsonObject> s_document = new(() => (JsonObject)JsonNode.Parse(File.ReadAllText(BundlePath))!);
    private static readonly Lazy<IReadOnlyDictionary<string, BundleOperation>> s_operations = new(IndexOperations);

    /// <summary>The repository root: the folder holding OpenApp.Integrations.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = RepositoryPaths.FindRoot(AppContext.BaseDirectory);

    /// <summary>openapi/openapp-integrations.json.</summary>
    public static string BundlePath => RepositoryPaths.Bundle(RepositoryRoot);

    /// <summary>The parsed bundle (do not mutate: clone first).</summary>
    public static JsonObject Document => s_document.Value;

    /// <summary>Every operation of the bundle, by operationId.</summary>
    public static IReadOnlyDictionary<string, BundleOperation> Operations => s_operations.Value;

    /// <summary>The operation named <paramref name="operationId"/>; fails the test when the bundle has none.</summary>
    public static BundleOperation Operation(string operationId) =>
        Operations.TryGetValue(operationId, out var operation)
            ? operation
            : throw new Xunit.Sdk.XunitException($"The bundle has no operation '{operationId}'.");

    private static Dictionary<string, BundleOperation> IndexOperations()
    {
        var operations = new Dictionary<string, BundleOperation>(StringComparer.Ordinal);
        foreach (var (path, item) in Document["paths"]!.AsObject())
        {
            foreach (var method in s_methods)
            {
                if (item![method] is not JsonObject operation)
                {
                    continue;
                }

                var id = operation["operationId"]!.GetValue<string>();
                var parameters = operation["parameters"]?.AsArray() ?? new JsonArray();
                var requiresOrg = parameters.Any(p =>
                    p!["in"]!.GetValue<string>() == "header" &&
                    string.Equals(p["name"]!.GetValue<string>(), "X-Org", StringComparison.OrdinalIgnoreCase));
                operations.Add(id, new BundleOperation(id, method.ToUpperInvariant(), path, requiresOrg, operation));
            }
        }

        return operations;
    }
}

/// <summary>One operation of the bundle.</summary>
/// <param name="OperationId">Its operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="PathTemplate">The path under the API root, e.g. <c>/integrations/{id}</c>.</param>
/// <param name="RequiresOrganization">Whether it declares the <c>X-Org</c> header.</param>
/// <param name="Node">The operation object.</param>
public sealed record BundleOperation(string OperationId, string Method, string PathTemplate, bool RequiresOrganization, JsonObject Node)
{
    /// <summary>Whether <paramref name="path"/> (escaped, under the API root) fits the template, each placeholder one segment.</summary>
    public bool Matches(string path)
    {
        var template = PathTemplate.Split('/');
        var actual = path.Split('/');
        if (template.Length != actual.Length)
        {
            return false;
        }

        for (var i = 0; i < template.Length; i++)
        {
            var isPlaceholder = template[i].StartsWith('{') && template[i].EndsWith('}');
            if (isPlaceholder ? actual[i].Length == 0 : !string.Equals(template[i], actual[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The schema of the request body for <paramref name="mediaType"/>, or null when the operation declares none.</summary>
    public JsonNode? RequestBodySchema(string mediaType) =>
        Node["requestBody"]?["content"]?[mediaType]?["schema"];

    /// <summary>The schema of the <paramref name="status"/> response as JSON, or null when it declares none.</summary>
    public JsonNode? ResponseSchema(int status) =>
        Node["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?["application/json"]?["schema"];
}
