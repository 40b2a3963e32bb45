using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>An operation a provider offers (<c>GET /integrations/{id}/ops</c>).</summary>
/// <param name="Id">The op id, e.g. <c>open_door</c>.</param>
/// <param name="Name">Its English display name.</param>
/// <param name="QueuesLanAgentTask">Whether running it leaves a task for the LAN agent.</param>
internal sealed record ProviderOp(string Id, string Name, bool QueuesLanAgentTask);

/// <summary>A device the fake gives every new integration of a demo-capable provider.</summary>
/// <param name="ExternalId">The device's id at the provider.</param>
/// <param name="Name">Its name.</param>
/// <param name="EntityType">The entity it exposes.</param>
/// <param name="ZoneExternalId">The demo zone it sits in.</param>
internal sealed record DemoDevice(string ExternalId, string Name, string EntityType, string? ZoneExternalId);

/// <summary>A zone the fake gives every new integration of a demo-capable provider.</summary>
/// <param name="ExternalId">The zone's id at the provider.</param>
/// <param name="English">Its English name.</param>
/// <param name="Hebrew">Its Hebrew name.</param>
/// <param name="ParentExternalId">The parent zone, if any.</param>
internal sealed record DemoZone(string ExternalId, string English, string Hebrew, string? ParentExternalId);

/// <summary>What the fake knows about one provider type.</summary>
internal sealed class ProviderInfo
{
    public required string Type { get; init; }

    public required string English { get; init; }

    public required string Hebrew { get; init; }

    public bool SupportsDiscovery { get; init; }

    public bool UsesLanAgent { get; init; }

    public IReadOnlyList<ProviderOp> Ops { get; init; } = Array.Empty<ProviderOp>();

    public IReadOnlyList<DemoZone> DemoZones { get; init; } = Array.Empty<DemoZone>();

    public IReadOnlyList<DemoDevice> DemoDevices { get; init; } = Array.Empty<DemoDevice>();

    /// <summary>Config keys the provider expects (shown in the definition's config schema).</summary>
    public IReadOnlyList<string> ConfigKeys { get; init; } = Array.Empty<string>();

    /// <summary>Secret keys the provider expects (shown in the definition's secrets schema).</summary>
    public IReadOnlyList<string> SecretKeys { get; init; } = Array.Empty<string>();

    public JsonObject NameJson() => new() { ["en"] = English, ["he"] = Hebrew };

    /// <summary>The JSON Schema device metadata of this provider follows.</summary>
    public JsonObject DeviceMetadataSchema() => new()
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["title"] = English + " device metadata",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["model"] = new JsonObject { ["type"] = "string", ["title"] = "Model" },
            ["firmware"] = new JsonObject { ["type"] = "string", ["title"] = "Firmware version" },
            ["location_hint"] = new JsonObject { ["type"] = "string", ["title"] = "Where the device is mounted" },
        },
        ["additionalProperties"] = new JsonObject { ["type"] = "string" },
    };

    /// <summary>The provider definition (<c>GET /integrations/provider-types/{provider_type}/definition</c>).</summary>
    public JsonObject Definition() => new()
    {
        ["provider_type"] = Type,
        ["name"] = NameJson(),
        ["capabilities"] = new JsonObject
        {
            ["discovery"] = SupportsDiscovery,
            ["ops"] = Ops.Count > 0,
            ["lan_agent"] = UsesLanAgent,
            ["access_portals"] = DemoDevices.Any(d => d.EntityType == "door") || Type == "virtual_access",
        },
        ["actions"] = new JsonArray(Ops.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["name"] = new JsonObject { ["en"] = o.Name } }).ToArray()),
        ["config_schema"] = KeysSchema(ConfigKeys),
        ["secrets_schema"] = KeysSchema(SecretKeys),
        ["device_metadata_schema"] = DeviceMetadataSchema(),
    };

    private static JsonObject KeysSchema(IReadOnlyList<string> keys) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject(keys.Select(k => new KeyValuePair<string, JsonNode?>(k, new JsonObject { ["type"] = "string" }))),
    };
}

/// <summary>
/// The provider types the fake serves: every value of the bundle's <c>ProviderType</c>, with richer behaviour for a
/// few (virtual access and demo come with demo zones and devices; Shelly Cloud and Home Assistant with discovery and
/// ops).
/// </summary>
internal static class ProviderCatalog
{
    private static readonly ProviderOp s_sync = new("sync_devices", "Sync devices", QueuesLanAgentTask: true);

    private static readonly DemoZone[] s_buildingZones =
    {
        new("zone-building", "Building", "הבניין", null),
        new("zone-lobby", "Lobby", "לובי", "zone-building"),
    };

    /// <summary>Every provider, by type.</summary>
    public static IReadOnlyDictionary<string, ProviderInfo> All { get; } = new[]
    {
        new ProviderInfo
        {
            Type = "virtual_access", English = "Virtual access", Hebrew = "גישה וירטואלית",
            SupportsDiscovery = true, UsesLanAgent = true,
            Ops = new[] { s_sync, new ProviderOp("open_door", "Open a door", false) },
            DemoZones = s_buildingZones,
            DemoDevices = new[]
            {
                new DemoDevice("dev-main-entrance", "Main entrance", "door", "zone-lobby"),
                new DemoDevice("dev-parking-gate", "Parking gate", "door", "zone-building"),
                new DemoDevice("dev-lobby-light", "Lobby light", "light", "zone-lobby"),
            },
        },
        new ProviderInfo
        {
            Type = "virtual_demo", English = "Virtual demo", Hebrew = "הדגמה וירטואלית",
            SupportsDiscovery = true,
            Ops = new[] { s_sync },
            DemoZones = s_buildingZones,
            DemoDevices = new[]
            {
                new DemoDevice("dev-demo-switch", "Demo switch", "switch", "zone-lobby"),
                new DemoDevice("dev-demo-sensor", "Demo sensor", "sensor", "zone-lobby"),
            },
        },
        new ProviderInfo
        {
            Type = "shelly_cloud", English = "Shelly Cloud", Hebrew = "שלי ענן",
            SupportsDiscovery = true, Ops = new[] { s_sync with { QueuesLanAgentTask = false } },
            ConfigKeys = new[] { "server_uri" }, SecretKeys = new[] { "auth_key" },
        },
        new ProviderInfo
        {
            Type = "shelly_websocket", English = "Shelly (WebSocket)", Hebrew = "שלי (WebSocket)", UsesLanAgent = true,
            Ops = new[] { s_sync },
        },
        new ProviderInfo
        {
            Type = "homeassistant", English = "Home Assistant", Hebrew = "Home Assistant",
            SupportsDiscovery = true, UsesLanAgent = true,
            Ops = new[] { s_sync, new ProviderOp("reload", "Reload entities", false) },
            ConfigKeys = new[] { "base_url" }, SecretKeys = new[] { "access_token" },
        },
        new ProviderInfo { Type = "knx", English = "KNX", Hebrew = "KNX", UsesLanAgent = true, Ops = new[] { s_sync } },
        new ProviderInfo { Type = "mqtt", English = "MQTT", Hebrew = "MQTT", ConfigKeys = new[] { "broker_url" } },
        new ProviderInfo { Type = "go2rtc", English = "go2rtc cameras", Hebrew = "מצלמות go2rtc", UsesLanAgent = true },
        new ProviderInfo
        {
            Type = "palgate_cloud", English = "PalGate Cloud", Hebrew = "פלגייט ענן",
            SecretKeys = new[] { "token" }, Ops = new[] { new ProviderOp("open_gate", "Open the gate", false) },
        },
        new ProviderInfo { Type = "waveshare", English = "Waveshare relays", Hebrew = "ממסרי Waveshare", UsesLanAgent = true },
        new ProviderInfo { Type = "tasmota", English = "Tasmota", Hebrew = "Tasmota", UsesLanAgent = true },
    }.ToDictionary(p => p.Type, StringComparer.Ordinal);

    /// <summary>The provider, or null when the type is unknown.</summary>
    public static ProviderInfo? Find(string? type) => type is not null && All.TryGetValue(type, out var info) ? info : null;
}
