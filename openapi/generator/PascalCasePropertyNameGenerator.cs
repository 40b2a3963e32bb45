using System.Globalization;
using System.Text;
using NJsonSchema;
using NJsonSchema.CodeGeneration;

namespace OpenApp.Integrations.Generator;

/// <summary>Turns wire names such as <c>created_at</c> or <c>correlationId</c> into <c>CreatedAt</c> / <c>CorrelationId</c>.</summary>
internal sealed class PascalCasePropertyNameGenerator : IPropertyNameGenerator
{
    public string Generate(JsonSchemaProperty property) => ToPascalCase(property.Name);

    internal static string ToPascalCase(string name)
    {
        var sb = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c is '_' or '-' or ' ' or '.')
            {
                upper = true;
                continue;
            }

            sb.Append(upper ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            upper = false;
        }

        return sb.ToString();
    }
}
