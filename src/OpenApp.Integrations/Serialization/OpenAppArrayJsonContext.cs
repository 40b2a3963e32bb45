using System.Text.Json.Serialization;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Serialization;

/// <summary>
/// Source-generated contracts for the responses the contract declares as a bare JSON array of a schema
/// (<c>array&lt;PolicyResponse&gt;</c>), decoded by the transport like any other body.
/// </summary>
/// <remarks>
/// They live apart from <see cref="OpenAppJsonContext"/> because that context's attributes are generated from the
/// bundle and the bundle does not name these array types yet. Same generation options and the same attribute-driven
/// converters, so an element decodes exactly as it does there. Once the bundle gives the two policy-list responses an
/// <c>x-openapp-type</c>, the generated context registers the type and this one can go.
/// </remarks>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(IReadOnlyList<PolicyResponse>))]
internal sealed partial class OpenAppArrayJsonContext : JsonSerializerContext
{
}
