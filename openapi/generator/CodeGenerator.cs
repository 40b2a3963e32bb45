using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;
using NJsonSchema.CodeGeneration.CSharp.Models;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Turns the project's OpenAPI bundle into C#: the models, the open enums, the operation table, the model factory and
/// the JSON context registrations. NJsonSchema resolves the schema types; the writers in this folder write the code,
/// so that request fields, envelopes and open enums get the shapes the SDK needs. The output is a pure function of
/// the bundle, so a test can regenerate it and compare byte for byte.
/// </summary>
public static class CodeGenerator
{
    /// <summary>The namespace of every generated model.</summary>
    public const string ModelNamespace = "OpenApp.Integrations.Models";

    private const string ModelPrefix = "global::" + ModelNamespace + ".";

    private static readonly HashSet<string> s_valueTypes = new(StringComparer.Ordinal)
    {
        "bool", "int", "long", "double", "float", "decimal", "DateTimeOffset", "JsonElement", "Guid",
    };

    /// <summary>Generates every file from the bundle at <paramref name="bundlePath"/>.</summary>
    /// <returns>Path under <c>Generated/</c> (e.g. <c>Models/Integration.g.cs</c>) to content, ordered by path.</returns>
    public static async Task<SortedDictionary<string, string>> GenerateAsync(string bundlePath)
    {
        var bundle = JsonNode.Parse(await File.ReadAllTextAsync(bundlePath).ConfigureAwait(false))!.AsObject();
        var schemas = bundle["components"]!["schemas"]!.AsObject();

        var enums = ReadOpenEnums(schemas);
        var ownTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        var notGenerated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, node) in schemas)
        {
            if (node!["x-openapp-hand-written"] is JsonValue handWritten)
            {
                ownTypes[name] = Simplify(handWritten.GetValue<string>());
                notGenerated.Add(name);
            }
            else if (node["x-openapp-not-a-model"] is not null)
            {
                notGenerated.Add(name);
            }
        }

        foreach (var e in enums)
        {
            ownTypes[e.Name] = e.Name;
            notGenerated.Add(e.Name);
        }

        var models = await ReadModelsAsync(schemas, ownTypes, notGenerated, enums.Select(e => e.Name).ToHashSet(StringComparer.Ordinal))
            .ConfigureAwait(false);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            files["Models/" + model.Name + ".g.cs"] = ModelWriter.Write(model);
        }

        foreach (var e in enums)
        {
            files["Models/" + e.Name + ".g.cs"] = OpenEnumWriter.Write(e);
        }

        files["Models/OpenAppModelFactory.g.cs"] = ModelFactoryWriter.Write(models);
        files["Operations/OpenAppOperations.g.cs"] = OperationTableWriter.Write(bundle);
        var handWrittenTypes = ownTypes.Where(t => !enums.Any(e => e.Name == t.Key)).Select(t => t.Value);
        files["Serialization/OpenAppJsonContext.g.cs"] = JsonContextWriter.Write(models, enums, handWrittenTypes.Concat(ResponseTypes(bundle)));
        return files;
    }

    /// <summary>Removes namespaces the generated files import or share, so types read as they would by hand.</summary>
    internal static string Simplify(string type) =>
        type.Replace(ModelPrefix, string.Empty, StringComparison.Ordinal)
            .Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal)
            .Replace("System.Text.Json.JsonElement", "JsonElement", StringComparison.Ordinal)
            .Replace("System.DateTimeOffset", "DateTimeOffset", StringComparison.Ordinal);

    /// <summary>The C# types operations give their responses with <c>x-openapp-type</c> (schemas written inline).</summary>
    private static IEnumerable<string> ResponseTypes(JsonObject bundle) =>
        bundle["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject())
            .SelectMany(operation => operation.Value!["responses"]?.AsObject() ?? [])
            .Select(response => response.Value?["content"]?["application/json"]?["schema"]?["x-openapp-type"]?.GetValue<string>())
            .OfType<string>();

    private static List<OpenEnumShape> ReadOpenEnums(JsonObject schemas)
    {
        var enums = new List<OpenEnumShape>();
        foreach (var (name, node) in schemas)
        {
            if (node!["x-openapp-open-enum"]?.GetValue<bool>() != true)
            {
                continue;
            }

            var values = node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
            var names = node["x-openapp-enum-names"]?.AsArray().Select(v => v!.GetValue<string>()).ToList()
                ?? values.Select(CSharpText.Pascal).ToList();
            if (names.Count != values.Count)
            {
                throw new InvalidOperationException($"{name}: x-openapp-enum-names must name every value.");
            }

            enums.Add(new OpenEnumShape(name, Description(node, name), values.Zip(names).ToList()));
        }

        return enums;
    }

    private static async Task<List<ModelShape>> ReadModelsAsync(
        JsonObject schemas,
        IReadOnlyDictionary<string, string> ownTypes,
        HashSet<string> notGenerated,
        HashSet<string> enumNames)
    {
        // NJsonSchema reads JSON Schema, not OpenAPI: lift components/schemas into definitions. The schemas the SDK
        // types itself become opaque objects, so NJsonSchema neither generates nor second-guesses them.
        var definitions = schemas.DeepClone().AsObject();
        foreach (var name in notGenerated)
        {
            definitions[name] = new JsonObject { ["type"] = "object" };
        }

        var text = new JsonObject { ["definitions"] = definitions }.ToJsonString()
            .Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var root = await JsonSchema.FromJsonAsync(text).ConfigureAwait(false);

        var settings = new CSharpGeneratorSettings
        {
            Namespace = ModelNamespace,
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
            DictionaryType = "System.Collections.Generic.IDictionary",
            DictionaryInstanceType = "System.Collections.Generic.Dictionary",
            PropertyNameGenerator = new PascalCasePropertyNameGenerator(),
        };

        var resolver = new OpenAppTypeResolver(settings, root, ownTypes);
        var modelNames = root.Definitions.Keys.Where(n => !notGenerated.Contains(n)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in modelNames)
        {
            resolver.GetOrGenerateTypeName(root.Definitions[name], name);
        }

        var models = new List<ModelShape>();
        foreach (var name in modelNames)
        {
            var node = schemas[name]!;
            var template = new ClassTemplateModel(name, settings, resolver, root.Definitions[name], root);
            var kind = node["x-openapp-request"]?.GetValue<bool>() == true ? ModelKind.Request
                : node["x-openapp-envelope"]?.GetValue<bool>() == true ? ModelKind.Envelope
                : ModelKind.Response;
            var schema = root.Definitions[name];
            var properties = template.Properties.Select(p => ToShape(name, p, AllowsNull(schema, p.Name), enumNames)).ToList();
            models.Add(new ModelShape(name, template.HasInheritance && template.BaseClassName is { } baseName ? Simplify(baseName) : null, Description(node, name), kind, properties));
        }

        // Every object type must be a named schema: an inline object would become a class with a made-up name.
        var unnamed = resolver.Types.Keys.Select(k => resolver.Types[k]).Where(t => !modelNames.Contains(t) && !notGenerated.Contains(t)).ToList();
        if (unnamed.Count > 0)
        {
            throw new InvalidOperationException("Inline object schemas need a name in components/schemas: " + string.Join(", ", unnamed));
        }

        return models;
    }

    /// <summary>Whether the wire lets the property be null: <c>type: [..., "null"]</c>, <c>oneOf: [null, ...]</c>, or any JSON.</summary>
    private static bool AllowsNull(JsonSchema model, string jsonName)
    {
        var property = model.ActualProperties[jsonName];
        var target = property.HasReference ? property.Reference! : property;
        return property.IsNullable(SchemaType.OpenApi3) ||
            property.OneOf.Any(branch => branch.Type == JsonObjectType.Null) ||
            (target.Type == JsonObjectType.None && !property.HasReference && property.OneOf.Count == 0 && property.AllOf.Count == 0);
    }

    private static PropertyShape ToShape(string model, PropertyModel property, bool allowsNull, HashSet<string> enumNames)
    {
        if (!property.HasDescription)
        {
            throw new InvalidOperationException($"{model}.{property.Name} has no description (it becomes the XML doc).");
        }

        var declared = Simplify(property.Type);
        var nullable = declared.EndsWith('?');
        var type = nullable ? declared[..^1] : declared;
        var isValueType = s_valueTypes.Contains(type) || enumNames.Contains(type);
        return new PropertyShape(property.Name, property.PropertyName, type, nullable, property.IsRequired, isValueType, property.Description!, allowsNull);
    }

    private static string Description(JsonNode node, string name) =>
        node["description"]?.GetValue<string>() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"The schema {name} has no description (it becomes the XML doc).");
}
