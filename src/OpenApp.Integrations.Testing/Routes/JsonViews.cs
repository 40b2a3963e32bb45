using System.Globalization;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Turns stored records into the bundle's response shapes. Secrets never appear in any of them; every response is
/// checked against the bundle's schema before it leaves (see <see cref="FakeOpenAppServerOptions.ValidateResponses"/>).
/// </summary>
internal static class JsonViews
{
    /// <summary>RFC 3339 in UTC with milliseconds.</summary>
    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;

    public static JsonObject Map(IReadOnlyDictionary<string, string> values) =>
        new(values.Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, kv.Value)));

    public static JsonNode? MapOrNull(IReadOnlyDictionary<string, string>? values) => values is null ? null : Map(values);

    /// <summary>An <c>IntegrationResponse</c>.</summary>
    public static JsonObject Integration(IntegrationRecord integration)
    {
        var provider = ProviderCatalog.Find(integration.ProviderType);
        return new JsonObject
        {
            ["id"] = integration.Id,
            ["org_id"] = integration.OrganizationId,
            ["provider_type"] = integration.ProviderType,
            ["provider_type_name"] = provider?.NameJson() ?? new JsonObject { ["en"] = integration.ProviderType },
            ["name"] = Map(integration.Name),
            ["enabled"] = integration.Enabled,
            ["health"] = integration.Health,
            ["config"] = integration.Config?.DeepClone(),
            ["created_at"] = Time(integration.CreatedAt),
            ["updated_at"] = Time(integration.UpdatedAt),
            ["deleted_at"] = Time(integration.DeletedAt),
            ["purge_at"] = null,
            ["hard_delete_at"] = null,
        };
    }

    /// <summary>An <c>EntityResponse</c>.</summary>
    public static JsonObject Entity(EntityRecord entity) => new()
    {
        ["id"] = entity.Id,
        ["device_id"] = entity.DeviceId,
        ["entity_type"] = entity.EntityType,
        ["external_id"] = entity.ExternalId,
        ["name"] = entity.Name,
        ["zone_id"] = entity.ZoneId,
        ["metadata"] = MapOrNull(entity.Metadata),
        ["entity_metadata"] = MapOrNull(entity.EntityMetadata),
        ["state"] = entity.State?.DeepClone(),
        ["created_at"] = Time(entity.CreatedAt),
        ["updated_at"] = Time(entity.UpdatedAt),
        ["deleted_at"] = Time(entity.DeletedAt),
    };

    /// <summary>A <c>Zone</c>.</summary>
    public static JsonObject Zone(ZoneRecord zone, string integrationId) => new()
    {
        ["id"] = zone.Id,
        ["integration_id"] = integrationId,
        ["name"] = Map(zone.Name),
        ["external_id"] = zone.ExternalId,
        ["parent_zone_id"] = zone.ParentZoneId,
        ["created_at"] = Time(zone.CreatedAt),
        ["deleted_at"] = Time(zone.DeletedAt),
    };

    /// <summary>An <c>AccessPortalListItem</c>.</summary>
    public static JsonObject Portal(PortalRecord portal) => new()
    {
        ["id"] = portal.Id,
        ["public_id"] = portal.PublicId,
        ["name"] = Map(portal.Name),
        ["device_id"] = portal.DeviceId,
        ["directory_id"] = portal.DirectoryId,
        ["created_at"] = Time(portal.CreatedAt),
        ["updated_at"] = Time(portal.UpdatedAt),
        ["deleted_at"] = Time(portal.DeletedAt),
    };

    /// <summary>An <c>AccessInviteGrantedPortal</c>: linked when the portal opens a door device.</summary>
    public static JsonObject GrantedPortal(PortalRecord portal) => new()
    {
        ["id"] = portal.Id,
        ["public_id"] = portal.PublicId,
        ["name"] = Map(portal.Name),
        ["is_linked"] = portal.DeviceId is not null && portal.DeletedAt is null,
    };

    /// <summary>A <c>{"items": [...], "total": n}</c> page.</summary>
    public static JsonObject Page<T>(IEnumerable<T> items, long total, Func<T, JsonNode> view) => new()
    {
        ["items"] = new JsonArray(items.Select(view).ToArray()),
        ["total"] = total,
    };
}
