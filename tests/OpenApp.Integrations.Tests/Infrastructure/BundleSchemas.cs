using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Validates JSON against the bundle's schemas with NJsonSchema. NJsonSchema reads JSON Schema rather than OpenAPI,
/// so the operation's schema becomes the root and <c>components/schemas</c> its <c>definitions</c>
/// (<c>#/components/schemas/X</c> refs rewritten to <c>#/definitions/X</c>).
/// </summary>
public static class BundleSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> s_cache = new(StringComparer.Ordinal);

    /// <summary>Fails the test when <paramref name="json"/> does not satisfy the request body schema of the operation.</summary>
    /// <param name="operationId">The bundle operation.</param>
    /// <param name="json">The body as sent.</param>
    /// <param name="mediaType">The request body media type the bundle declares.</param>
    public static async Task ValidateRequestBodyAsync(string operationId, string json, string mediaType = "application/json")
    {
        var operation = BundleDocument.Operation(operationId);
        var schemaNode = operation.RequestBodySchema(mediaType)
            ?? throw new Xunit.Sdk.XunitException($"{operationId} declares no {mediaType} request body, but one was sent: {json}");
        var errors = await ValidateAsync($"{operationId} request {mediaType}", schemaNode, json);
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"The {operationId} request body does not match the bundle schema:\n  {string.Join("\n  ", errors)}\nBody: {json}");
        }
    }

    /// <summary>Fails the test when <paramref name="json"/> does not satisfy the schema of the operation's response.</summary>
    /// <param name="operationId">The bundle operation.</param>
    /// <param name="status">The response status whose schema applies.</param>
    /// <param name="json">The response body.</param>
    public static async Task ValidateResponseBodyAsync(string operationId, int status, string json)
    {
        var operation = BundleDocument.Operation(operationId);
        var schemaNode = operation.ResponseSchema(status)
            ?? throw new Xunit.Sdk.XunitException($"{operationId} declares no JSON schema for status {status}.");
        var errors = await ValidateAsync($"{operationId} response {status}", schemaNode, json);
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"The sample {operationId} response does not match the bundle schema:\n  {string.Join("\n  ", errors)}\nBody: {json}");
        }
    }

    /// <summary>The validation errors of <paramref name="json"/> against the named component schema (empty when valid).</summary>
    /// <param name="schemaName">A name under <c>components/schemas</c>.</param>
    /// <param name="json">The JSON to check.</param>
    public static Task<IReadOnlyList<string>> ErrorsForComponentAsync(string schemaName, string json) =>
        ValidateAsync("component " + schemaName, new JsonObject { ["$ref"] = "#/components/schemas/" + schemaName }, json);

    private static async Task<IReadOnlyList<string>> ValidateAsync(string cacheKey, JsonNode schemaNode, string json)
    {
        var schema = await s_cache.GetOrAdd(cacheKey, _ => new Lazy<Task<JsonSchema>>(() => CompileAsync(schemaNode))).Value;
        var errors = schema.Validate(json);
        return errors.Select(Describe).ToList();
    }

    private static Task<JsonSchema> CompileAsync(JsonNode schemaNode)
    {
        // The operation's schema sits under allOf rather than at the root: NJsonSchema cannot resolve refs into the
        // definitions of a root that is itself a $ref.
        var root = new JsonObject
        {
            ["allOf"] = new JsonArray(schemaNode.DeepClone()),
            ["definitions"] = BundleDocument.Document["components"]!["schemas"]!.DeepClone(),
        };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(text);
    }

    private static string Describe(ValidationError error)
    {
        var text = $"{error.Kind} at '{error.Path}'";
        if (error is ChildSchemaValidationError child)
        {
            var nested = child.Errors.SelectMany(e => e.Value).Select(Describe);
            text += " [" + string.Join("; ", nested) + "]";
        }

        return text;
    }
}
