using System.Text;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Writes the attributes of <c>OpenAppJsonContext</c>: a <c>[JsonSerializable]</c> for every generated type, every
/// hand-written schema type, every response type an operation names with <c>x-openapp-type</c>, and every type a
/// request field's <c>Optional&lt;T&gt;</c> converter asks the options for. (The JSON source generator reads the
/// attributes of one declaration only, so they all live here; the class itself is declared in Serialization/.)
/// </summary>
internal static class JsonContextWriter
{
    public static string Write(IReadOnlyList<ModelShape> models, IReadOnlyList<OpenEnumShape> enums, IEnumerable<string> otherTypes)
    {
        // JsonElement: the type of every schema-less value; JsonDocument: for callers reading a raw body.
        var types = new SortedSet<string>(StringComparer.Ordinal) { "JsonElement", "JsonDocument" };
        types.UnionWith(otherTypes);
        foreach (var model in models)
        {
            types.Add(model.Name);
        }

        foreach (var e in enums)
        {
            types.Add(e.Name);
        }

        var fieldTypes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in models.Where(m => m.Kind == ModelKind.Request).SelectMany(m => m.Properties).Where(p => !p.IsRequired))
        {
            var type = property.IsValueType ? property.Type + "?" : property.Type;
            if (!types.Contains(type))
            {
                fieldTypes.Add(type);
            }
        }

        var sb = new StringBuilder();
        sb.Append(CSharpText.Header("OpenApp.Integrations.Models", "System.Text.Json", "System.Text.Json.Serialization"));
        sb.Append("namespace OpenApp.Integrations.Serialization;\n\n");
        sb.Append("[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]\n");
        foreach (var type in types.Concat(fieldTypes))
        {
            sb.Append("[JsonSerializable(typeof(").Append(type).Append("))]\n");
        }

        sb.Append("internal sealed partial class OpenAppJsonContext\n{\n}\n");
        return sb.ToString();
    }
}
