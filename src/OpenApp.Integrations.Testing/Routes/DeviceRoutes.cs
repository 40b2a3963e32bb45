using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>What an integration's devices expose: entities, discovered devices and the device metadata schema.</summary>
internal static class DeviceRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_entities"] = Entities;
        handlers["get_integration_discovered_devices"] = Discovered;
        handlers["get_integration_device_metadata_schema"] = MetadataSchema;
    }

    private static FakeResponse Entities(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var onlyDeleted = request.Flag("only_deleted");
        var includeDeleted = request.Flag("include_deleted") || onlyDeleted;
        var types = request.Text("entity_type")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        var matches = integration.Entities
            .Where(e => onlyDeleted ? e.DeletedAt is not null : includeDeleted || e.DeletedAt is null)
            .Where(e => types is null || types.Contains(e.EntityType))
            .ToList();
        var (items, total) = Paging.Slice(matches, request, context.Options);
        return FakeResponse.Ok(JsonViews.Page(items, total, e => JsonViews.Entity(e)));
    }

    private static FakeResponse Discovered(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, includeDeleted: request.Flag("include_deleted"));
        var provider = ProviderCatalog.Find(integration.ProviderType);
        if (provider is not { SupportsDiscovery: true })
        {
            throw new FakeApiException(501, "not_supported", $"Provider '{integration.ProviderType}' does not support device discovery.");
        }

        var devices = integration.Entities
            .Where(e => e.DeletedAt is null)
            .GroupBy(e => e.DeviceId, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject
            {
                ["device_id"] = g.Key,
                ["external_id"] = g.First().ExternalId,
                ["name"] = g.First().Name,
                ["entity_types"] = new JsonArray(g.Select(e => (JsonNode)e.EntityType).ToArray()),
                ["metadata"] = JsonViews.MapOrNull(g.First().Metadata),
            });
        return FakeResponse.Ok(new JsonObject { ["devices"] = new JsonArray(devices.ToArray()) });
    }

    private static FakeResponse MetadataSchema(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var provider = ProviderCatalog.Find(integration.ProviderType);
        return FakeResponse.Ok(new JsonObject
        {
            ["provider_type"] = integration.ProviderType,
            ["schema"] = provider?.DeviceMetadataSchema() ?? new JsonObject { ["type"] = "object" },
        });
    }
}
