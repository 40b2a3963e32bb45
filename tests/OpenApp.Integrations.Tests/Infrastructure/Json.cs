using System.Text.Json;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>Small JSON helpers for building request values in tests.</summary>
public static class Json
{
    /// <summary>Parses <paramref name="json"/> into a detached element.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
