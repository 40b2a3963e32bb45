using System.Text;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Writes the generated half of <c>OpenAppModelFactory</c>: one method per response model, every property (inherited
/// ones included) an optional parameter, so a test can build any answer the SDK decodes.
/// </summary>
internal static class ModelFactoryWriter
{
    public static string Write(IReadOnlyList<ModelShape> models)
    {
        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append(CSharpText.Header("System.Text.Json"));
        sb.Append("namespace ").Append(CodeGenerator.ModelNamespace).Append(";\n\n");
        sb.Append("public static partial class OpenAppModelFactory\n{\n");
        var first = true;
        foreach (var model in models.Where(m => m.Kind == ModelKind.Response))
        {
            if (!first)
            {
                sb.Append('\n');
            }

            first = false;
            WriteMethod(sb, model, AllProperties(model, byName));
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static List<PropertyShape> AllProperties(ModelShape model, Dictionary<string, ModelShape> byName)
    {
        var chain = new List<ModelShape>();
        for (var current = model; current is not null; current = current.BaseName is null ? null : byName[current.BaseName])
        {
            chain.Insert(0, current);
        }

        return chain.SelectMany(m => m.Properties).ToList();
    }

    private static void WriteMethod(StringBuilder sb, ModelShape model, List<PropertyShape> properties)
    {
        sb.Append("    /// <summary>A <see cref=\"").Append(model.Name).Append("\"/> built from plain values, for tests and mocks; a parameter left null keeps the model's default.</summary>\n");
        foreach (var property in properties)
        {
            sb.Append("    /// <param name=\"").Append(CSharpText.Camel(property.Name).TrimStart('@')).Append("\">")
                .Append(CSharpText.Xml(property.Description)).Append("</param>\n");
        }

        sb.Append("    public static ").Append(model.Name).Append(' ').Append(model.Name).Append('(');
        if (properties.Count > 0)
        {
            sb.Append('\n');
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                sb.Append("        ").Append(ParameterType(property)).Append(' ').Append(CSharpText.Camel(property.Name)).Append(" = null");
                sb.Append(i < properties.Count - 1 ? ",\n" : ")\n");
            }
        }
        else
        {
            sb.Append(")\n");
        }

        sb.Append("    {\n");
        sb.Append("        var model = new ").Append(model.Name).Append("();\n");
        foreach (var property in properties)
        {
            var parameter = CSharpText.Camel(property.Name);
            sb.Append("        if (").Append(parameter).Append(" is not null)\n");
            sb.Append("        {\n");
            sb.Append("            model.").Append(property.Name).Append(" = ").Append(Assignment(property, parameter)).Append(";\n");
            sb.Append("        }\n\n");
        }

        sb.Append("        return model;\n");
        sb.Append("    }\n");
    }

    private static string ParameterType(PropertyShape property) =>
        property.IsList ? "IEnumerable<" + property.ElementType + ">?" : property.Type + "?";

    private static string Assignment(PropertyShape property, string parameter) =>
        property.IsList ? "new List<" + property.ElementType + ">(" + parameter + ")"
        : property.IsDictionary ? "new " + property.Type[1..] + "(" + parameter + ")"
        : property.IsValueType && !property.IsNullable ? parameter + ".Value"
        : parameter;
}
