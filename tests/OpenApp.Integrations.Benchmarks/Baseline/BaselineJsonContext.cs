using System.Text.Json;
using System.Text.Json.Serialization;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks.Baseline;

/// <summary>
/// The baseline's own source-generated context: the SDK's response models (so both sides decode the same object
/// graph) and a small hand-written request DTO, with default options and nothing of the SDK's JSON set-up.
/// </summary>
[JsonSerializable(typeof(IntegrationResponse))]
[JsonSerializable(typeof(BaselinePage<IntegrationResponse>))]
[JsonSerializable(typeof(BaselinePage<EntityResponse>))]
[JsonSerializable(typeof(CreateIntegrationBody))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;

/// <summary>A <c>{"items": [...], "total": n}</c> page, as a hand-written client would declare it (the SDK's own
/// page envelopes are internal).</summary>
public sealed class BaselinePage<T>
{
    [JsonPropertyName("items")]
    public List<T> Items { get; set; } = new();

    [JsonPropertyName("total")]
    public long Total { get; set; }
}

/// <summary>What a hand-written client would post to create an integration.</summary>
public sealed class CreateIntegrationBody
{
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    [JsonPropertyName("name")]
    public Dictionary<string, string>? Name { get; set; }

    [JsonPropertyName("org_id")]
    public string OrgId { get; set; } = "";

    [JsonPropertyName("provider_type")]
    public string ProviderType { get; set; } = "";
}
