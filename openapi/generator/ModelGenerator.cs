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
            files[artifact.TypeName + ".g.cs"] = Wrap(PostProcess(artifact.Code, RequestSchemas.Contains(artifact.TypeName)));
        }

        return files;
    }

    /// <summary>The doc NJsonSchema leaves out on the <c>AdditionalProperties</c> member every class gets.</summary>
    private const string ExtensionDataDoc = "/// <summary>Fields this SDK does not know, kept as received and written back when the object is serialized.</summary>";

    /// <summary>The same doc for request types, whose extension data only goes out.</summary>
    private const string RequestExtensionDataDoc = "/// <summary>Extra fields this SDK does not model, sent as they are.</summary>";

    private const string ExtensionDataAttribute = "[System.Text.Json.Serialization.JsonExtensionData]";

    /// <summary>
    /// The lines NJsonSchema's class template writes for the extension data member (after its attribute). Matched
    /// exactly: if a new NJsonSchema version writes something else, generation fails instead of silently keeping
    /// the allocating accessor on the serialization path.
    /// </summary>
    private static readonly string[] ExtensionDataMember =
    [
        "public System.Collections.Generic.IDictionary<string, object> AdditionalProperties",
        "{",
        "    get { return _additionalProperties ?? (_additionalProperties = new System.Collections.Generic.Dictionary<string, object>()); }",
        "    set { _additionalProperties = value; }",
        "}",
    ];

    /// <summary>
    /// What the serializer uses instead of <c>AdditionalProperties</c>: the same backing field, without the lazy
    /// creation, so writing an object that has no extra fields does not allocate an empty dictionary for it.
    /// Reading still fills it (the serializer creates the dictionary on the first unknown field).
    /// </summary>
    private static readonly string[] SerializedExtensionDataMember =
    [
        "// The serializer's view of AdditionalProperties: same storage, but reading it for output does not create an",
        "// empty dictionary per object written. Internal, so the public surface keeps only AdditionalProperties.",
        ExtensionDataAttribute,
        "[System.Text.Json.Serialization.JsonInclude]",
        "internal System.Collections.Generic.IDictionary<string, object>? AdditionalPropertiesOrNull",
        "{",
        "    get { return _additionalProperties; }",
        "    set { _additionalProperties = value; }",
        "}",
    ];

    /// <summary>
    /// Put on every <c>Optional&lt;T&gt;</c> property: the serializer compares the value with
    /// <c>default(Optional&lt;T&gt;)</c>, i.e. "not set", through <c>IEquatable</c> without boxing it, and leaves
    /// unset fields out. A field set to null is not the default (it is set), so it is still written as null.
    /// </summary>
    private const string SkipUnsetAttribute =
        "[System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]";

    /// <summary>
    /// Edits NJsonSchema's output where its templates cannot be configured: documents the extension data member
    /// (the class template emits no summary, and every public member needs one: the generated files keep CS1591
    /// on), moves <c>[JsonExtensionData]</c> to a non-allocating internal accessor, and marks <c>Optional&lt;T&gt;</c>
    /// properties to be left out when unset. Plain line edits keep the output deterministic.
    /// </summary>
    private static string PostProcess(string code, bool isRequest)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new List<string>(lines.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            var indent = line[..(line.Length - trimmed.Length)];
            if (trimmed == ExtensionDataAttribute)
            {
                if (!lines.Skip(i + 1).Take(ExtensionDataMember.Length).Select(l => l.Trim()).SequenceEqual(ExtensionDataMember.Select(l => l.Trim())))
                {
                    throw new InvalidOperationException(
                        "NJsonSchema's extension data member no longer has the expected shape; update ModelGenerator.PostProcess.");
                }

                var documented = i > 0 && lines[i - 1].TrimStart().StartsWith("///", StringComparison.Ordinal);
                if (!documented)
                {
                    output.Add(indent + (isRequest ? RequestExtensionDataDoc : ExtensionDataDoc));
                }

                output.Add(indent + "[System.Text.Json.Serialization.JsonIgnore]");
                output.AddRange(ExtensionDataMember.Select(l => indent + l));
                output.Add(string.Empty);
                output.AddRange(SerializedExtensionDataMember.Select(l => indent + l));
                i += ExtensionDataMember.Length;
                continue;
            }

            if (trimmed.StartsWith("public " + OptionalAwareTypeResolver.OptionalTypePrefix, StringComparison.Ordinal))
            {
                output.Add(indent + SkipUnsetAttribute);
            }

            output.Add(line);
        }

        return string.Join('\n', output);
    }

    private static string Wrap(string code)
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated>\n");
        sb.Append("// Generated by openapi/generator from openapi/openapp-integrations.json. Do not edit by hand:\n");
        sb.Append("// change the bundle or the generator and run `dotnet run --project openapi/generator`.\n");
        sb.Append("// </auto-generated>\n\n");
        sb.Append("#nullable enable\n");
        sb.Append("#pragma warning disable\n");
        // Missing XML docs still fail the build: every generated type and member must carry one.
        sb.Append("#pragma warning restore CS1591\n\n");
        sb.Append("namespace ").Append(Namespace).Append(";\n\n");
        sb.Append(code.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Append('\n');
        return sb.ToString();
    }
}
