using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The site view of a <c>virtual_access</c> integration (400 for other providers), computed from its entities,
/// portals, zones, invites, people and policies as <see cref="SiteModel"/> reads them: the overview counts, the
/// hardware by role, and the setup readiness by section.
/// </summary>
internal static class SiteRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["get_site_access_overview"] = Overview;
        handlers["get_site_access_devices"] = AccessDevices;
        handlers["get_site_readiness"] = Readiness;
    }

    private static FakeResponse Overview(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var site = SiteModel.Of(integration);
        var listings = site.Listings;
        var view = JsonViews.Integration(integration);
        view.Remove("provider_type_name");
        return FakeResponse.Ok(new JsonObject
        {
            ["integration"] = view,
            ["doors_count"] = site.LiveDoors.Count(),
            ["listings_count"] = listings.Count,
            ["visible_listings_count"] = listings.Count(l => l.EntityMetadata?.GetValueOrDefault("visible") != "false"),
            ["people_count"] = integration.BuildingUsers.Count,
            ["invitations_count"] = integration.Invites.Count(i => i.RevokedAt is null),
            ["portals_count"] = site.Portals.Count,
            ["portals"] = new JsonArray(site.Portals.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["device_id"] = p.DeviceId }).ToArray()),
            ["directory_device_id"] = site.Directories.FirstOrDefault() ?? listings.FirstOrDefault()?.DeviceId,
            ["devices"] = new JsonObject
            {
                ["total"] = integration.Entities.Where(e => e.DeletedAt is null).Select(e => e.DeviceId).Distinct(StringComparer.Ordinal).Count(),
                ["unresolved"] = site.Unresolved.Count(),
                ["openers"] = site.Doors.Count(d => d.Opener is not null),
                ["lights"] = site.Serving("light").Select(e => e.DeviceId).Distinct(StringComparer.Ordinal).Count(),
                ["cameras"] = site.Serving("camera").Select(e => e.DeviceId).Distinct(StringComparer.Ordinal).Count(),
            },
            ["policies_count"] = integration.Policies.All.Count(),
        });
    }

    private static FakeResponse AccessDevices(FakeRequest request, RouteContext context)
    {
        var site = SiteModel.Of(context.Integration(request));
        var openers = site.Doors.Where(d => d.Opener is not null).Select(d =>
            Device(site, d.Opener!, new[] { d }, Entity(d.Opener!, new[] { d }, label: d.Portals.FirstOrDefault()?.Name.GetValueOrDefault("en"))));
        return FakeResponse.Ok(new JsonObject
        {
            ["openers"] = new JsonArray(openers.ToArray()),
            ["lights"] = new JsonArray(Role(site, "light", withEntities: true).ToArray()),
            ["cameras"] = new JsonArray(Role(site, "camera", withEntities: false).ToArray()),
            ["unresolved"] = new JsonArray(site.Unresolved.Select(d => (JsonNode)new JsonObject
            {
                ["role"] = "opener",
                ["reference"] = d.DeviceId,
                ["reason"] = site.UnresolvedReason(d),
                ["doors"] = new JsonArray(Door(d)),
            }).ToArray()),
        });
    }

    private static FakeResponse Readiness(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        return FakeResponse.Ok(SiteReadiness.Assess(SiteModel.Of(integration)));
    }

    /// <summary>The devices whose entities of <paramref name="entityType"/> serve doors, one entry per device.</summary>
    private static IEnumerable<JsonNode> Role(SiteModel site, string entityType, bool withEntities) =>
        site.Serving(entityType)
            .GroupBy(e => e.DeviceId, StringComparer.Ordinal)
            .Select(device =>
            {
                var doors = device.SelectMany(site.DoorsNear).DistinctBy(d => d.DeviceId).ToList();
                JsonNode[] entities = withEntities ? device.Select(e => Entity(e, site.DoorsNear(e).ToList(), label: null)).ToArray() : Array.Empty<JsonNode>();
                return Device(site, device.First(), doors, entities);
            });

    /// <summary>A <c>SiteAccessDevice</c>, named after its first entity.</summary>
    private static JsonObject Device(SiteModel site, EntityRecord entity, IEnumerable<SiteDoor> doors, params JsonNode[] entities) => new JsonObject
    {
        ["device_id"] = entity.DeviceId,
        ["name"] = new JsonObject { ["en"] = entity.Name ?? entity.DeviceId },
        ["integration_id"] = site.Integration.Id,
        ["external_id"] = entity.ExternalId,
        ["deleted"] = entity.DeletedAt is not null,
        ["created_at"] = JsonViews.Time(entity.CreatedAt),
        ["entities"] = new JsonArray(entities),
        ["doors"] = new JsonArray(doors.Select(Door).ToArray()),
    };

    /// <summary>A <c>SiteAccessDeviceEntity</c>.</summary>
    private static JsonObject Entity(EntityRecord entity, IEnumerable<SiteDoor> doors, string? label) => new JsonObject
    {
        ["entity_id"] = entity.Id,
        ["name"] = entity.Name ?? entity.Id,
        ["entity_type"] = entity.EntityType,
        ["label"] = label,
        ["doors"] = new JsonArray(doors.Select(Door).ToArray()),
    };

    /// <summary>A <c>SiteAccessDeviceDoor</c>; the fake stores no life-safety class.</summary>
    private static JsonNode Door(SiteDoor door) => new JsonObject
    {
        ["door_device_id"] = door.DeviceId,
        ["name"] = JsonViews.Map(door.Name),
        ["life_safety"] = null,
    };
}
