namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// A transfer of an integration to another organization, as the fake does it. <c>move</c> carries the integration and
/// everything that belongs to it (soft-deleted rows too) except its people, whose roles belong to the organization it
/// leaves. <c>duplicate</c> copies the live zones, entities (with new device ids), portals, the members of the copied
/// directory listings, provider-side users and the picture under new ids; invites, people, LAN-agent tasks and the Waveshare provisioning
/// stay with the original. The preview counts exactly what the transfer then does, and its warnings decide whether the
/// transfer needs <c>confirm: true</c>.
/// </summary>
internal sealed class IntegrationTransfer
{
    public const string Move = "move";
    public const string Duplicate = "duplicate";

    // Warnings (a transfer with any of them needs confirm: true) and notes (shown, never required to confirm).
    public const string InviteLinksMove = "invite_links_move";
    public const string InviteLinksNotDuplicated = "invite_links_not_duplicated";
    public const string PeopleStay = "people_stay";
    public const string ImageCopied = "image_copied";
    public const string WaveshareReprovision = "waveshare_reprovision";
    public const string LanAgentTasksNotCopied = "lan_agent_tasks_not_copied";
    public const string LocationsStay = "locations_stay";

    private IntegrationTransfer(IntegrationRecord integration, string mode, OrganizationState source)
    {
        Integration = integration;
        Mode = mode;
        var copying = mode == Duplicate;
        var entities = integration.Entities.Where(e => !copying || e.DeletedAt is null).ToList();
        Devices = entities.Where(e => e.DeletedAt is null).Select(e => e.DeviceId).Distinct(StringComparer.Ordinal).Count();
        Zones = integration.Zones.Count(z => !copying || z.DeletedAt is null);
        Entities = entities.Count;
        AccessPortals = integration.Portals.Count(p => !copying || p.DeletedAt is null);
        DirectoryListingMembers = integration.DirectoryListingMembers
            .Where(l => !copying || entities.Any(e => e.Id == l.Key))
            .Sum(l => l.Value.Count);
        InviteLinks = copying ? 0 : integration.Invites.Count;

        if (integration.Invites.Count > 0)
        {
            Warnings.Add(copying ? InviteLinksNotDuplicated : InviteLinksMove);
        }

        if (integration.BuildingUsers.Count > 0)
        {
            Warnings.Add(PeopleStay);
        }

        if (copying && integration.ImageUrl is not null)
        {
            Notes.Add(ImageCopied);
        }

        if (integration.ProviderType == WaveshareSettings.ProviderType)
        {
            Notes.Add(WaveshareReprovision);
        }

        if (copying && integration.LanAgentTasks.Count > 0)
        {
            Notes.Add(LanAgentTasksNotCopied);
        }

        if (source.Locations.Any(l => l.IntegrationIds.Contains(integration.Id)))
        {
            Notes.Add(LocationsStay);
        }
    }

    public IntegrationRecord Integration { get; }

    public string Mode { get; }

    public long Devices { get; }

    public long Zones { get; }

    public long Entities { get; }

    public long AccessPortals { get; }

    public long DirectoryListingMembers { get; }

    public long InviteLinks { get; }

    public List<string> Warnings { get; } = new();

    public List<string> Notes { get; } = new();

    public bool RequiresConfirmation => Warnings.Count > 0;

    /// <summary>What transferring <paramref name="integration"/> out of <paramref name="source"/> in <paramref name="mode"/> would do.</summary>
    public static IntegrationTransfer Plan(IntegrationRecord integration, string mode, OrganizationState source) =>
        new(integration, mode, source);

    /// <summary>Runs the transfer into <paramref name="target"/>; returns the integration there (the copy for a duplicate).</summary>
    public IntegrationRecord Run(OrganizationState source, OrganizationState target, FakeStore store, DateTimeOffset now) =>
        Mode == Duplicate ? RunDuplicate(target, store, now) : RunMove(source, target, now);

    private IntegrationRecord RunMove(OrganizationState source, OrganizationState target, DateTimeOffset now)
    {
        source.Remove(Integration);
        Integration.OrganizationId = target.Id;
        Integration.BuildingUsers.Clear();
        Integration.UpdatedAt = now;
        target.Add(Integration);
        return Integration;
    }

    private IntegrationRecord RunDuplicate(OrganizationState target, FakeStore store, DateTimeOffset now)
    {
        var original = Integration;
        var copy = new IntegrationRecord
        {
            Id = store.Ids.NewId(),
            OrganizationId = target.Id,
            ProviderType = original.ProviderType,
            Name = new Dictionary<string, string>(original.Name, StringComparer.Ordinal),
            Enabled = original.Enabled,
            Health = original.Health,
            Config = original.Config?.DeepClone(),
            Secrets = original.Secrets?.DeepClone(),
            CreatedAt = now,
            UpdatedAt = now,
            ImageUrl = ImageFiles.Copy(store, original.ImageUrl),
        };

        var zoneIds = original.Zones.Where(z => z.DeletedAt is null).ToDictionary(z => z.Id, _ => store.Ids.NewId(), StringComparer.Ordinal);
        foreach (var zone in original.Zones.Where(z => z.DeletedAt is null))
        {
            copy.Zones.Add(new ZoneRecord
            {
                Id = zoneIds[zone.Id],
                Name = new Dictionary<string, string>(zone.Name, StringComparer.Ordinal),
                ExternalId = zone.ExternalId,
                ParentZoneId = Mapped(zoneIds, zone.ParentZoneId),
                CreatedAt = now,
            });
        }

        var deviceIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var entityIds = new Dictionary<string, string>(StringComparer.Ordinal);
        string DeviceCopy(string deviceId)
        {
            if (!deviceIds.TryGetValue(deviceId, out var copied))
            {
                copied = store.Ids.NewId();
                deviceIds.Add(deviceId, copied);
            }

            return copied;
        }

        foreach (var entity in original.Entities.Where(e => e.DeletedAt is null))
        {
            entityIds[entity.Id] = store.Ids.NewId();
            copy.Entities.Add(new EntityRecord
            {
                Id = entityIds[entity.Id],
                DeviceId = DeviceCopy(entity.DeviceId),
                EntityType = entity.EntityType,
                ExternalId = entity.ExternalId,
                Name = entity.Name,
                ZoneId = Mapped(zoneIds, entity.ZoneId),
                Metadata = entity.Metadata is null ? null : new Dictionary<string, string>(entity.Metadata, StringComparer.Ordinal),
                EntityMetadata = entity.EntityMetadata is null ? null : new Dictionary<string, string>(entity.EntityMetadata, StringComparer.Ordinal),
                State = entity.State?.DeepClone(),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        foreach (var portal in original.Portals.Where(p => p.DeletedAt is null))
        {
            copy.Portals.Add(new PortalRecord
            {
                Id = store.Ids.NewId(),
                PublicId = "pp_" + IdGenerator.NewToken(12),
                Name = new Dictionary<string, string>(portal.Name, StringComparer.Ordinal),
                DeviceId = portal.DeviceId is null ? null : Mapped(deviceIds, portal.DeviceId),
                DirectoryId = portal.DirectoryId is null ? null : Mapped(deviceIds, portal.DirectoryId),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        foreach (var (listingId, members) in original.DirectoryListingMembers.Where(l => entityIds.ContainsKey(l.Key)))
        {
            copy.DirectoryListingMembers[entityIds[listingId]] = new List<DirectoryMemberRecord>(members);
        }

        copy.ProviderUsers.AddRange(original.ProviderUsers.Select(u => u.CopyFor(DeviceCopy)));
        target.Add(copy);
        return copy;
    }

    // An id that was copied gets the copy's id; one that was not (a deleted row, a device outside this integration) stays.
    private static string? Mapped(Dictionary<string, string> ids, string? id) =>
        id is not null && ids.TryGetValue(id, out var mapped) ? mapped : id;
}
