using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>Gives a new integration its provider's demo zones and devices (virtual providers come with some).</summary>
internal static class DemoData
{
    public static void Populate(IntegrationRecord integration, ProviderInfo provider, FakeStore store)
    {
        var zoneIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var demo in provider.DemoZones)
        {
            var zone = new ZoneRecord
            {
                Id = store.Ids.NewId(),
                Name = new Dictionary<string, string> { ["en"] = demo.English, ["he"] = demo.Hebrew },
                ExternalId = demo.ExternalId,
                ParentZoneId = demo.ParentExternalId is { } parent ? zoneIds[parent] : null,
                CreatedAt = integration.CreatedAt,
            };
            zoneIds[demo.ExternalId] = zone.Id;
            integration.Zones.Add(zone);
        }

        foreach (var device in provider.DemoDevices)
        {
            integration.Entities.Add(new EntityRecord
            {
                Id = store.Ids.NewId(),
                DeviceId = store.Ids.NewId(),
                EntityType = device.EntityType,
                ExternalId = device.ExternalId,
                Name = device.Name,
                ZoneId = device.ZoneExternalId is { } zone ? zoneIds[zone] : null,
                Metadata = new Dictionary<string, string> { ["model"] = "fake-" + device.EntityType },
                State = InitialState(device.EntityType),
                CreatedAt = integration.CreatedAt,
                UpdatedAt = integration.CreatedAt,
            });
        }

        if (provider.DemoDevices.Count > 0)
        {
            DemoDirectory.Populate(integration, store);
        }
    }

    /// <summary>A plausible state for a new entity of this type.</summary>
    public static JsonNode InitialState(string entityType) => entityType switch
    {
        "door" => new JsonObject { ["locked"] = true },
        "light" or "switch" => new JsonObject { ["on"] = false },
        "sensor" => new JsonObject { ["value"] = 21.5, ["unit"] = "°C" },
        _ => new JsonObject(),
    };
}
