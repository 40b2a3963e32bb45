using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>What a handler answers: a status and an optional JSON body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, or null for none.</param>
internal sealed record FakeResponse(int Status, JsonNode? Body)
{
    public static FakeResponse Ok(JsonNode body) => new(200, body);

    public static FakeResponse Created() => new(201, null);

    public static FakeResponse NoContent() => new(204, null);
}
