using System.Text;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Writes an enum of the bundle as an extensible string struct: the known values are named, any other value the
/// server sends decodes and round-trips (new provider types, health states, ... appear server-side without notice).
/// </summary>
internal static class OpenEnumWriter
{
    public static string Write(OpenEnumShape shape)
    {
        var name = shape.Name;
        var sb = new StringBuilder();
        sb.Append(CSharpText.Header("System.Text.Json.Serialization"));
        sb.Append("namespace ").Append(CodeGenerator.ModelNamespace).Append(";\n\n");
        CSharpText.Summary(sb, string.Empty, shape.Description);
        sb.Append("/// <remarks>An open set: values this SDK does not name are kept as they are, never rejected.</remarks>\n");
        sb.Append("[JsonConverter(typeof(ExtensibleValueJsonConverter<").Append(name).Append(">))]\n");
        sb.Append("public readonly partial struct ").Append(name).Append(" : IEquatable<").Append(name).Append(">, IExtensibleValue<").Append(name).Append(">\n");
        sb.Append("{\n");
        sb.Append("    private readonly string? _value;\n\n");
        sb.Append("    /// <summary>Wraps a wire value.</summary>\n");
        sb.Append("    /// <param name=\"value\">The wire value, e.g. <c>").Append(CSharpText.Xml(shape.Values[0].Value)).Append("</c>.</param>\n");
        sb.Append("    public ").Append(name).Append("(string value)\n");
        sb.Append("    {\n");
        sb.Append("        ArgumentNullException.ThrowIfNull(value);\n");
        sb.Append("        _value = value;\n");
        sb.Append("    }\n");
        foreach (var (value, member) in shape.Values)
        {
            sb.Append('\n');
            sb.Append("    /// <summary>The value <c>").Append(CSharpText.Xml(value)).Append("</c>.</summary>\n");
            sb.Append("    public static ").Append(name).Append(' ').Append(member).Append(" { get; } = new(").Append(CSharpText.Literal(value)).Append(");\n");
        }

        sb.Append('\n');
        sb.Append("    /// <summary>The wire value (empty for <c>default</c>).</summary>\n");
        sb.Append("    public string Value => _value ?? string.Empty;\n\n");
        sb.Append("    /// <inheritdoc />\n");
        sb.Append("    public static ").Append(name).Append(" FromValue(string value) => new(value);\n\n");
        sb.Append("    /// <summary>Wraps a wire value.</summary>\n");
        sb.Append("    /// <param name=\"value\">The wire value.</param>\n");
        sb.Append("    public static implicit operator ").Append(name).Append("(string value) => new(value);\n\n");
        sb.Append("    /// <summary>Compares wire values (ordinal).</summary>\n");
        sb.Append("    public static bool operator ==(").Append(name).Append(" left, ").Append(name).Append(" right) => left.Equals(right);\n\n");
        sb.Append("    /// <summary>Compares wire values (ordinal).</summary>\n");
        sb.Append("    public static bool operator !=(").Append(name).Append(" left, ").Append(name).Append(" right) => !left.Equals(right);\n\n");
        sb.Append("    /// <inheritdoc />\n");
        sb.Append("    public bool Equals(").Append(name).Append(" other) => string.Equals(Value, other.Value, StringComparison.Ordinal);\n\n");
        sb.Append("    /// <inheritdoc />\n");
        sb.Append("    public override bool Equals(object? obj) => obj is ").Append(name).Append(" other && Equals(other);\n\n");
        sb.Append("    /// <inheritdoc />\n");
        sb.Append("    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);\n\n");
        sb.Append("    /// <summary>The wire value.</summary>\n");
        sb.Append("    public override string ToString() => Value;\n");
        sb.Append("}\n");
        return sb.ToString();
    }
}
