using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Resolves property types like NJsonSchema does, except where the bundle says otherwise: a reference to a
/// hand-written schema or an open enum gets the SDK's own type, and <c>x-openapp-type</c> on a property names the
/// schema whose type it gets (a <c>provider_type</c> string becomes <c>ProviderType</c>).
/// </summary>
internal sealed class OpenAppTypeResolver : CSharpTypeResolver
{
    private const string TypeAnnotation = "x-openapp-type";

    private readonly Dictionary<JsonSchema, string> _definitionNames = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyDictionary<string, string> _ownTypes;

    /// <param name="settings">The generator settings.</param>
    /// <param name="root">The document whose definitions are the bundle's schemas.</param>
    /// <param name="ownTypes">Schema name → C# type, for the schemas the generator does not write as classes.</param>
    public OpenAppTypeResolver(CSharpGeneratorSettings settings, JsonSchema root, IReadOnlyDictionary<string, string> ownTypes)
        : base(settings)
    {
        _ownTypes = ownTypes;
        foreach (var (name, schema) in root.Definitions)
        {
            _definitionNames[schema] = name;
        }
    }

    public override string Resolve(JsonSchema schema, bool isNullable, string? typeNameHint)
    {
        var own = OwnType(schema);
        return own is null ? base.Resolve(schema, isNullable, typeNameHint) : isNullable ? own + "?" : own;
    }

    private string? OwnType(JsonSchema schema)
    {
        if (schema.ExtensionData?.TryGetValue(TypeAnnotation, out var named) == true)
        {
            var name = named as string ?? throw new InvalidOperationException($"{TypeAnnotation} must name a schema.");
            return _ownTypes.TryGetValue(name, out var type) ? type : name;
        }

        return _definitionNames.TryGetValue(schema.ActualTypeSchema, out var definition) && _ownTypes.TryGetValue(definition, out var own)
            ? own
            : null;
    }
}
