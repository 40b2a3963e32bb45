using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Generator;

/// <summary>
/// Writes <c>OpenAppOperations</c>: one <c>OperationInfo</c> per operation of the bundle with everything a façade
/// would otherwise type by hand (method, route, <c>X-Org</c>, success statuses, query keys, request headers).
/// </summary>
internal static class OperationTableWriter
{
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static string Write(JsonObject bundle)
    {
        var schemas = bundle["components"]!["schemas"]!.AsObject();
        var sb = new StringBuilder();
        sb.Append(CSharpText.Header());
        sb.Append("namespace OpenApp.Integrations.Operations;\n\n");
        sb.Append("/// <summary>Every operation of the contract (openapi/openapp-integrations.json), as the transport needs it.</summary>\n");
        sb.Append("internal static class OpenAppOperations\n{\n");

        var names = new List<string>();
        foreach (var (path, item) in bundle["paths"]!.AsObject())
        {
            foreach (var method in s_methods)
            {
                if (item![method] is not JsonObject operation)
                {
                    continue;
                }

                var name = WriteOperation(sb, path, method, operation, schemas);
                names.Add(name);
            }
        }

        sb.Append("    /// <summary>All of the operations above, in bundle order.</summary>\n");
        sb.Append("    public static IReadOnlyList<OperationInfo> All { get; } =\n");
        sb.Append("    [\n");
        foreach (var name in names)
        {
            sb.Append("        ").Append(name).Append(",\n");
        }

        sb.Append("    ];\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string WriteOperation(StringBuilder sb, string path, string method, JsonObject operation, JsonObject schemas)
    {
        var operationId = operation["operationId"]!.GetValue<string>();
        var name = CSharpText.Pascal(operationId);
        var requiresOrganization = false;
        var query = new List<string>();
        var headers = new List<string>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var parameterName = parameter!["name"]!.GetValue<string>();
            switch (parameter["in"]!.GetValue<string>())
            {
                case "header" when string.Equals(parameterName, "X-Org", StringComparison.OrdinalIgnoreCase):
                    requiresOrganization = parameter["required"]?.GetValue<bool>() == true;
                    break;
                case "header":
                    headers.Add(parameterName);
                    break;
                case "query":
                    query.AddRange(QueryKeys(parameter.AsObject(), schemas));
                    break;
            }
        }

        var statuses = operation["responses"]!.AsObject()
            .Select(r => int.Parse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture))
            .Where(status => status is >= 200 and < 300)
            .Order()
            .ToList();
        var contentType = operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault();
        var summary = operation["summary"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"{operationId} has no summary (it becomes the XML doc).");

        sb.Append("    /// <summary><c>").Append(method.ToUpperInvariant()).Append(' ').Append(CSharpText.Xml(path)).Append("</c> (<c>")
            .Append(operationId).Append("</c>): ").Append(CSharpText.Xml(summary)).Append("</summary>\n");
        sb.Append("    public static readonly OperationInfo ").Append(name).Append(" = new(\n");
        sb.Append("        ").Append(CSharpText.Literal(operationId)).Append(",\n");
        sb.Append("        ").Append(CSharpText.Literal(method.ToUpperInvariant())).Append(",\n");
        sb.Append("        ").Append(CSharpText.Literal(path)).Append(",\n");
        sb.Append("        requiresOrganization: ").Append(requiresOrganization ? "true" : "false").Append(",\n");
        sb.Append("        successStatuses: [").Append(string.Join(", ", statuses)).Append("],\n");
        sb.Append("        queryParameters: [").Append(string.Join(", ", query.Select(CSharpText.Literal))).Append("],\n");
        sb.Append("        requestHeaders: [").Append(string.Join(", ", headers.Select(CSharpText.Literal))).Append("],\n");
        sb.Append("        requestContentType: ").Append(contentType is null ? "null" : CSharpText.Literal(contentType)).Append(");\n\n");
        return name;
    }

    // An object parameter (style form, explode true) puts its properties on the wire as keys of their own.
    private static IEnumerable<string> QueryKeys(JsonObject parameter, JsonObject schemas)
    {
        var schema = parameter["schema"];
        if (schema?["$ref"] is JsonValue reference)
        {
            schema = schemas[reference.GetValue<string>().Split('/')[^1]];
        }

        if (schema?["properties"] is JsonObject properties)
        {
            if (parameter["style"]?.GetValue<string>() != "form" || parameter["explode"]?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException(
                    $"The object query parameter {parameter["name"]} must declare style: form and explode: true.");
            }

            return properties.Select(p => p.Key);
        }

        return [parameter["name"]!.GetValue<string>()];
    }
}
