using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Resolves property types like NJsonSchema does, except that optional properties of request schemas become
/// <c>Optional&lt;T&gt;</c>: a struct whose default means "not set", which the serializer then leaves out.
/// </summary>
internal sealed class OptionalAwareTypeResolver : CSharpTypeResolver
{
    /// <summary>How every <c>Optional&lt;T&gt;</c> property type the resolver returns starts.</summary>
    public const string OptionalTypePrefix = "global::OpenApp.Integrations.Models.Optional<";

    private readonly IReadOnlySet<string> _requestSchemas;

    private readonly Dictionary<JsonSchema, string> _definitionNames = new(ReferenceEqualityComparer.Instance);

    private readonly IReadOnlyDictionary<string, string> _handWritten;

    public OptionalAwareTypeResolver(
        CSharpGeneratorSettings settings,
        JsonSchema root,
        IReadOnlySet<string> requestSchemas,
        IReadOnlyDictionary<string, string> handWritten)
        : base(settings)
    {
        _requestSchemas = requestSchemas;
        _handWritten = handWritten;
        foreach (var (name, schema) in root.Definitions)
        {
            _definitionNames[schema] = name;
        }
    }

    public override string Resolve(JsonSchema schema, bool isNullable, string? typeNameHint)
    {
        var type = ResolveHandWritten(schema, isNullable) ?? base.Resolve(schema, isNullable, typeNameHint);
        if (schema is JsonSchemaProperty { IsRequired: false } property && IsRequestProperty(property))
        {
            // Optional<T> carries null itself; T is nullable so "set to null" is expressible.
            var inner = type.EndsWith('?') ? type : type + "?";
            return OptionalTypePrefix + inner + ">";
        }

        return type;
    }

    /// <summary>A reference to a hand-written schema resolves to the SDK's own type for it.</summary>
    private string? ResolveHandWritten(JsonSchema schema, bool isNullable)
    {
        var target = schema.ActualTypeSchema;
        if (!_definitionNames.TryGetValue(target, out var name) || !_handWritten.TryGetValue(name, out var type))
        {
            return null;
        }

        return isNullable ? type + "?" : type;
    }

    private bool IsRequestProperty(JsonSchemaProperty property)
    {
        var parent = property.ParentSchema;
        return parent is not null && _definitionNames.TryGetValue(parent, out var name) && _requestSchemas.Contains(name);
    }
}
