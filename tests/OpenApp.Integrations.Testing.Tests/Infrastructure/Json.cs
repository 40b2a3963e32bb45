using System.Text.Json;

namespace OpenApp.Integrations.Testing.Tests.Infrastructure;

/// <summary>JSON values for request bodies.</summary>
public static class Json
{
    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
