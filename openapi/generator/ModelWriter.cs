using System.Text;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Writes one model class. Responses have plain properties and keep unknown fields; requests send an optional field
/// only when it was set (a hidden <c>Optional&lt;T&gt;</c> behind a plain property), never an undeclared key;
/// envelopes are internal.
/// </summary>
internal static class ModelWriter
{
    private const string Indent = "    ";

    public static string Write(ModelShape model)
    {
        var sb = new StringBuilder();
        var usings = new List<string> { "System.Text.Json.Serialization" };
        if (model.Properties.Any(p => p.Type.Contains("JsonElement", StringComparison.Ordinal)))
        {
            usings.Add("System.Text.Json");
        }

        sb.Append(CSharpText.Header(usings.ToArray()));
        sb.Append("namespace ").Append(CodeGenerator.ModelNamespace).Append(";\n\n");
        CSharpText.Summary(sb, string.Empty, model.Description);
        sb.Append(model.Kind == ModelKind.Envelope ? "internal" : "public").Append(" partial class ").Append(model.Name);
        if (model.BaseName is not null)
        {
            sb.Append(" : ").Append(model.BaseName);
        }

        sb.Append("\n{\n");
        var first = true;
        foreach (var property in model.Properties)
        {
            if (!first)
            {
                sb.Append('\n');
            }

            first = false;
            if (model.Kind == ModelKind.Request && IsOptionalField(property))
            {
                WriteOptionalField(sb, property);
            }
            else
            {
                WritePlain(sb, property);
            }
        }

        if (model.BaseName is null && model.Kind != ModelKind.Request)
        {
            if (!first)
            {
                sb.Append('\n');
            }

            WriteExtensionData(sb);
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>An optional request field: sent only when set (to a value or to null).</summary>
    private static bool IsOptionalField(PropertyShape property) => !property.IsRequired;

    private static void WritePlain(StringBuilder sb, PropertyShape property)
    {
        CSharpText.Summary(sb, Indent, property.Description);
        sb.Append(Indent).Append("[JsonPropertyName(").Append(CSharpText.Literal(property.JsonName)).Append(")]\n");
        sb.Append(Indent).Append("public ").Append(property.DeclaredType).Append(' ').Append(property.Name).Append(" { get; set; }");
        if (Initializer(property) is { } initializer)
        {
            sb.Append(" = ").Append(initializer).Append(';');
        }

        sb.Append('\n');
    }

    // Unset is left out of the JSON, set (even to null) is written: the serializer reads the internal Optional<T>
    // view, the caller the plain property. A list starts empty and is sent once it has items or was assigned. Where
    // the contract does not let the field be null, assigning null leaves it out instead of sending an invalid null.
    private static void WriteOptionalField(StringBuilder sb, PropertyShape property)
    {
        var field = "_" + CSharpText.Camel(property.Name).TrimStart('@');
        var valueType = property.Type + "?";
        var optional = "Optional<" + valueType + ">";
        var converterArgument = property.IsValueType ? valueType : property.Type;

        sb.Append(Indent).Append("private ").Append(optional).Append(' ').Append(field).Append(";\n");
        if (property.IsList)
        {
            sb.Append(Indent).Append("private ").Append(valueType).Append(' ').Append(field).Append("Draft;\n");
        }

        sb.Append('\n');
        CSharpText.Summary(sb, Indent, property.Description);
        sb.Append(Indent).Append("[JsonIgnore]\n");
        if (property.IsList)
        {
            // Never null to read, so `Contacts = { ... }` works; null can still be assigned, to send null (reading it
            // back then gives an empty, read-only list).
            sb.Append(Indent).Append("[System.Diagnostics.CodeAnalysis.AllowNull]\n");
            sb.Append(Indent).Append("public ").Append(property.Type).Append(' ').Append(property.Name).Append('\n');
        }
        else
        {
            sb.Append(Indent).Append("public ").Append(valueType).Append(' ').Append(property.Name).Append('\n');
        }

        sb.Append(Indent).Append("{\n");
        if (property.IsList)
        {
            sb.Append(Indent).Append(Indent).Append("get => ").Append(field).Append(".IsSet ? ").Append(field).Append(".Value ?? Array.Empty<")
                .Append(property.ElementType).Append(">() : ").Append(field).Append("Draft ??= new List<").Append(property.ElementType).Append(">();\n");
        }
        else
        {
            sb.Append(Indent).Append(Indent).Append("get => ").Append(field).Append(".Value;\n");
        }

        sb.Append(Indent).Append(Indent).Append("set => ").Append(field).Append(property.AllowsNull ? " = new(value);\n" : " = value is null ? default : new(value);\n");
        sb.Append(Indent).Append("}\n\n");

        sb.Append(Indent).Append("[JsonInclude]\n");
        sb.Append(Indent).Append("[JsonPropertyName(").Append(CSharpText.Literal(property.JsonName)).Append(")]\n");
        sb.Append(Indent).Append("[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]\n");
        sb.Append(Indent).Append("[JsonConverter(typeof(OptionalJsonConverter<").Append(converterArgument).Append(">))]\n");
        sb.Append(Indent).Append("internal ").Append(optional).Append(' ').Append(property.Name).Append("OnWire\n");
        sb.Append(Indent).Append("{\n");
        if (property.IsList)
        {
            sb.Append(Indent).Append(Indent).Append("get => ").Append(field).Append(".IsSet || ").Append(field)
                .Append("Draft is not { Count: > 0 } ? ").Append(field).Append(" : new(").Append(field).Append("Draft);\n");
        }
        else
        {
            sb.Append(Indent).Append(Indent).Append("get => ").Append(field).Append(";\n");
        }

        sb.Append(Indent).Append(Indent).Append("set => ").Append(field).Append(" = value;\n");
        sb.Append(Indent).Append("}\n");
    }

    private static void WriteExtensionData(StringBuilder sb)
    {
        sb.Append(Indent).Append("private IDictionary<string, object>? _additionalProperties;\n\n");
        CSharpText.Summary(sb, Indent, "Fields this SDK does not know, kept as received and written back when the object is serialized.");
        sb.Append(Indent).Append("[JsonIgnore]\n");
        sb.Append(Indent).Append("public IDictionary<string, object> AdditionalProperties\n");
        sb.Append(Indent).Append("{\n");
        sb.Append(Indent).Append(Indent).Append("get => _additionalProperties ??= new Dictionary<string, object>();\n");
        sb.Append(Indent).Append(Indent).Append("set => _additionalProperties = value;\n");
        sb.Append(Indent).Append("}\n\n");
        sb.Append(Indent).Append("// The serializer's view of AdditionalProperties: same storage, but reading it for output does not create an\n");
        sb.Append(Indent).Append("// empty dictionary per object written. Internal, so the public surface keeps only AdditionalProperties.\n");
        sb.Append(Indent).Append("[JsonExtensionData]\n");
        sb.Append(Indent).Append("[JsonInclude]\n");
        sb.Append(Indent).Append("internal IDictionary<string, object>? AdditionalPropertiesOrNull\n");
        sb.Append(Indent).Append("{\n");
        sb.Append(Indent).Append(Indent).Append("get => _additionalProperties;\n");
        sb.Append(Indent).Append(Indent).Append("set => _additionalProperties = value;\n");
        sb.Append(Indent).Append("}\n");
    }

    /// <summary>What a non-nullable property starts as, so no non-nullable property is ever null.</summary>
    internal static string? Initializer(PropertyShape property)
    {
        if (property.IsNullable || property.IsValueType)
        {
            return null;
        }

        if (property.IsList)
        {
            return "new List<" + property.ElementType + ">()";
        }

        if (property.IsDictionary)
        {
            return "new " + property.Type[1..] + "()";
        }

        if (property.Type == "string")
        {
            return "string.Empty";
        }

        return "new " + property.Type + "()";
    }
}
