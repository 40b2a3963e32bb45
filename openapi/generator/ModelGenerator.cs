using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Turns the components/schemas of the project's OpenAPI bundle into one C# file per type.
/// The output is a pure function of the bundle, so a test can regenerate and compare byte for byte.
/// </summary>
public static class ModelGenerator
{
    /// <summary>The namespace every generated model lives in.</summary>
    public const string Namespace = "OpenApp.Integrations.Models";

    /// <summary>
    /// Schemas the SDK models by hand because the generator cannot express their wire rules:
    /// LocalizedString (flat map or plain string) and the open string enums (new values appear server-side).
    /// </summary>
    /// <remarks>Maps each such schema to the C# type properties referencing it get.</remarks>
    public static readonly IReadOnlyDictionary<string, string> HandWrittenSchemas = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["LocalizedString"] = "global::OpenApp.Integrations.Models.LocalizedString",
        ["ProviderType"] = "global::OpenApp.Integrations.Models.ProviderType",
        ["IntegrationHealth"] = "global::OpenApp.Integrations.Models.IntegrationHealth",
        ["EntityType"] = "global::OpenApp.Integrations.Models.EntityType",
        ["InviteScheduleKind"] = "global::OpenApp.Integrations.Models.InviteScheduleKind",
        ["InviteRecurrenceSeriesEnd"] = "global::OpenApp.Integrations.Models.InviteRecurrenceSeriesEnd",
        ["Role"] = "string",
        ["HashMap"] = "System.Collections.Generic.IDictionary<string, string>",
    };

    /// <summary>
    /// Request schemas: their optional properties become <c>Optional&lt;T&gt;</c>, so "not set" (omitted on the
    /// wire) differs from "set to null" (sent as null, e.g. to clear config or unlink a device).
    /// </summary>
    public static readonly IReadOnlySet<string> RequestSchemas = new HashSet<string>(StringComparer.Ordinal)
    {
        "CreateIntegrationRequest", "UpdateIntegrationRequest", "CreateAccessPortalRequest", "UpdateAccessPortalRequest",
        "CreateAccessInviteRequest", "UpdateAccessInviteRequest", "InviteScheduleEntryInput", "AddBuildingUserPayload",
        "LanAgentTaskSpecRequest",
    };

    /// <summary>Generates every model file from the bundle at <paramref name="bundlePath"/>.</summary>
    /// <returns>File name (e.g. <c>Integration.g.cs</c>) to file content, ordered by name.</returns>
    public static async Task<SortedDictionary<string, string>> GenerateAsync(string bundlePath)
    {
        var bundle = JsonNode.Parse(await File.ReadAllTextAsync(bundlePath).ConfigureAwait(false))!;
        var schemas = bundle["components"]!["schemas"]!.AsObject();

        // NJsonSchema reads JSON Schema, not OpenAPI: lift components/schemas into definitions.
        var definitions = schemas.DeepClone().AsObject();
        foreach (var name in HandWrittenSchemas.Keys)
        {
            // Seen as opaque objects; the resolver substitutes the SDK's own type. Without this NJsonSchema would
            // attach a closed-enum converter to every property that uses an open enum such as ProviderType.
            if (definitions.ContainsKey(name))
            {
                definitions[name] = new JsonObject { ["type"] = "object", ["x-hand-written"] = true };
            }
        }

        var root = new JsonObject { ["definitions"] = definitions };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(text).ConfigureAwait(false);

        var settings = new CSharpGeneratorSettings
        {
            Namespace = Namespace,
            JsonLibrary = CSharpJsonLibrary.SystemTextJson,
            JsonLibraryVersion = 10.0m,
            GenerateNullableReferenceTypes = true,
            GenerateOptionalPropertiesAsNullable = true,
            GenerateDataAnnotations = false,
            GenerateDefaultValues = false,
            ClassStyle = CSharpClassStyle.Poco,
            AnyType = "System.Text.Json.JsonElement",
            DateTimeType = "System.DateTimeOffset",
            ArrayType = "System.Collections.Generic.IList",
            ArrayInstanceType = "System.Collections.Generic.List",
            ArrayBaseType = "System.Collections.Generic.List",
            DictionaryType = "System.Collections.Generic.IDictionary",
            DictionaryInstanceType = "System.Collections.Generic.Dictionary",
            DictionaryBaseType = "System.Collections.Generic.Dictionary",
            PropertyNameGenerator = new PascalCasePropertyNameGenerator(),
            ExcludedTypeNames = HandWrittenSchemas.Keys.ToArray(),
        };

        var resolver = new OptionalAwareTypeResolver(settings, schema, RequestSchemas, HandWrittenSchemas);
        foreach (var (name, definition) in schema.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (HandWrittenSchemas.ContainsKey(name))
            {
                continue;
            }

            resolver.GetOrGenerateTypeName(definition, name);
        }

        var generator = new CSharpGenerator(schema, settings, resolver);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var artifact in generator.GenerateTypes())
        {
            files[artifact.TypeName + ".g.cs"] = Wrap(artifact.Code);
        }

        return files;
    }

    private static string Wrap(string code)
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated>\n");
        sb.Append("// Generated by openapi/generator from openapi/openapp-integrations.json. Do not edit by hand:\n");
        sb.Append("// change the bundle or the generator and run `dotnet run --project openapi/generator`.\n");
        sb.Append("// </auto-generated>\n\n");
        sb.Append("#nullable enable\n");
        sb.Append("#pragma warning disable\n\n");
        sb.Append("namespace ").Append(Namespace).Append(";\n\n");
        sb.Append(code.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Append('\n');
        return sb.ToString();
    }
}
