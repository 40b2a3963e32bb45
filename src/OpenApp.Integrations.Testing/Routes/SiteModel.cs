using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// A <c>virtual_access</c> integration read as a site, the way the fake models one: a door is a device with a
/// <c>door</c> entity, or a device a live portal links to; the door's own <c>door</c> entity is its opener; a
/// <c>light</c> or <c>camera</c> entity serves the doors of its zone. A door whose door entity is soft-deleted keeps
/// its opener, marked deleted; a portal linked to a device without a door entity is an unresolved reference.
/// </summary>
internal sealed class SiteModel
{
    private SiteModel(IntegrationRecord integration)
    {
        Integration = integration;
        Portals = integration.Portals.Where(p => p.DeletedAt is null).ToList();
        var doorEntities = integration.Entities.Where(e => e.EntityType == "door").ToList();
        var deviceIds = doorEntities.Where(e => e.DeletedAt is null).Select(e => e.DeviceId)
            .Concat(Portals.Select(p => p.DeviceId).OfType<string>())
            .Distinct(StringComparer.Ordinal);
        foreach (var deviceId in deviceIds)
        {
            var entity = doorEntities.Where(e => e.DeviceId == deviceId).OrderBy(e => e.DeletedAt is null ? 0 : 1).FirstOrDefault();
            var portals = Portals.Where(p => p.DeviceId == deviceId).ToList();
            var name = entity?.Name is { } entityName ? new Dictionary<string, string> { ["en"] = entityName }
                : portals.FirstOrDefault()?.Name ?? new Dictionary<string, string> { ["en"] = deviceId };
            Doors.Add(new SiteDoor(deviceId, name, entity, portals));
        }
    }

    public IntegrationRecord Integration { get; }

    public List<PortalRecord> Portals { get; }

    /// <summary>Every door: live ones, ones whose door entity is deleted, and ones a portal links to that lead nowhere.</summary>
    public List<SiteDoor> Doors { get; } = new();

    /// <summary>The doors that exist and can be opened.</summary>
    public IEnumerable<SiteDoor> LiveDoors => Doors.Where(d => d.Opener is { DeletedAt: null });

    /// <summary>Doors a portal links to that have no door entity: their opener reference leads nowhere.</summary>
    public IEnumerable<SiteDoor> Unresolved => Doors.Where(d => d.Opener is null);

    /// <summary>Why an unresolved door leads nowhere: the device has no entity at all, or none that opens a door.</summary>
    public string UnresolvedReason(SiteDoor door) =>
        Integration.Entities.Any(e => e.DeviceId == door.DeviceId) ? "entity_missing" : "device_missing";

    /// <summary>Directory listings that are not deleted.</summary>
    public List<EntityRecord> Listings => Integration.Entities.Where(e => e.EntityType == "directory_listing" && e.DeletedAt is null).ToList();

    /// <summary>The directory devices the portals use, in portal order.</summary>
    public List<string> Directories => Portals.Select(p => p.DirectoryId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>400 unless the integration is a <c>virtual_access</c> site.</summary>
    public static SiteModel Of(IntegrationRecord integration) =>
        integration.ProviderType == "virtual_access"
            ? new SiteModel(integration)
            : throw new FakeApiException(400, "not_virtual_access", $"Integration '{integration.Id}' is a {integration.ProviderType} integration, not a virtual_access site.");

    /// <summary>The live doors in the zone of <paramref name="entity"/> (none when it has no zone).</summary>
    public IEnumerable<SiteDoor> DoorsNear(EntityRecord entity) =>
        entity.ZoneId is null ? Enumerable.Empty<SiteDoor>() : LiveDoors.Where(d => d.Opener!.ZoneId == entity.ZoneId);

    /// <summary>The live entities of a role (<c>light</c>, <c>camera</c>) that serve at least one door.</summary>
    public IEnumerable<EntityRecord> Serving(string entityType) =>
        Integration.Entities.Where(e => e.EntityType == entityType && e.DeletedAt is null && DoorsNear(e).Any());
}

/// <summary>A door of a site.</summary>
/// <param name="DeviceId">The door (portal) device id.</param>
/// <param name="Name">Its name: its door entity's, else its portal's.</param>
/// <param name="Opener">Its door entity (possibly soft-deleted), or null when the device has none.</param>
/// <param name="Portals">The live portals that open it.</param>
internal sealed record SiteDoor(string DeviceId, Dictionary<string, string> Name, EntityRecord? Opener, List<PortalRecord> Portals);
