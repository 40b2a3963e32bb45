using NJsonSchema;
using NJsonSchema.CodeGeneration;

namespace OpenApp.Integrations.Generator;

/// <summary>Turns wire names such as <c>created_at</c> or <c>correlationId</c> into <c>CreatedAt</c> / <c>CorrelationId</c>.</summary>
internal sealed class PascalCasePropertyNameGenerator : IPropertyNameGenerator
{
    public string Generate(JsonSchemaProperty property) => CSharpText.Pascal(property.Name);
}
