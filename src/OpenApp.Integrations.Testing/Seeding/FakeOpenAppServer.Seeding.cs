using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing;

// Seeding and inspecting state directly (no HTTP). Works before and after StartAsync. The type's summary is in
// Server/FakeOpenAppServer.cs: one per type.
public sealed partial class FakeOpenAppServer
{
    /// <summary>Puts an integration (with its zones, entities, people and LAN-agent tasks) into an organization.</summary>
    /// <param name="seed">What to create; null seeds a plain virtual-access integration.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The integration's id.</returns>
    /// <exception cref="ArgumentException">The id is taken or a value is invalid.</exception>
    public string SeedIntegration(FakeIntegrationSeed? seed = null, string organizationId = DefaultOrganizationId)
    {
        seed ??= new FakeIntegrationSeed();
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        if (string.IsNullOrWhiteSpace(seed.ProviderType.Value))
        {
            throw new ArgumentException("FakeIntegrationSeed.ProviderType is required.", nameof(seed));
        }

        lock (_store.Sync)
        {
            var organization = _store.Organization(organizationId);
            var id = seed.Id ?? _store.Ids.NewId();
            if (organization.Find(id) is not null)
            {
                throw new ArgumentException($"The organization already has an integration '{id}'.", nameof(seed));
            }

            var now = _store.Now;
            var integration = new IntegrationRecord
            {
                Id = id,
                OrganizationId = organizationId,
                ProviderType = seed.ProviderType.Value,
                Name = ToMap(seed.Name, nameof(seed)),
                Enabled = seed.Enabled,
                Health = string.IsNullOrEmpty(seed.Health.Value) ? "ok" : seed.Health.Value,
                Config = seed.Config?.DeepClone(),
                Secrets = seed.Secrets?.DeepClone(),
                CreatedAt = now,
                UpdatedAt = now,
                DeletedAt = seed.Deleted ? now : null,
            };
            if (seed.IncludeProviderDemoDevices && ProviderCatalog.Find(integration.ProviderType) is { } provider)
            {
                DemoData.Populate(integration, provider, _store);
            }

            foreach (var zone in seed.Zones)
            {
                AddZone(integration, zone);
            }

            foreach (var entity in seed.Entities)
            {
                AddEntity(integration, entity);
            }

            foreach (var taskId in seed.LanAgentTaskIds)
            {
                integration.LanAgentTasks.Add(new LanAgentTaskRecord(taskId, "sync_devices", now));
            }

            foreach (var (userId, role) in seed.BuildingUsers)
            {
                integration.BuildingUsers[userId] = new SortedSet<string>(StringComparer.Ordinal) { role };
            }

            organization.Add(integration);
            return id;
        }
    }

    /// <summary>Seeds <paramref name="count"/> plain integrations named <c>{namePrefix} 01</c>, <c>{namePrefix} 02</c>, ... (for paging tests).</summary>
    /// <param name="count">How many, 1 or more.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <param name="providerType">Their provider type (default <c>virtual_access</c>).</param>
    /// <param name="namePrefix">The start of each name.</param>
    /// <returns>Their ids, in list order.</returns>
    public IReadOnlyList<string> SeedIntegrations(int count, string organizationId = DefaultOrganizationId, ProviderType? providerType = null, string namePrefix = "Integration")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ids = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            ids.Add(SeedIntegration(
                new FakeIntegrationSeed
                {
                    ProviderType = providerType ?? ProviderType.VirtualAccess,
                    Name = LocalizedString.FromLocale("en", string.Create(CultureInfo.InvariantCulture, $"{namePrefix} {i:00}")),
                },
                organizationId));
        }

        return ids;
    }

    /// <summary>Adds an entity to an integration.</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="seed">The entity.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The entity's id.</returns>
    public string SeedEntity(string integrationId, FakeEntitySeed seed, string organizationId = DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        lock (_store.Sync)
        {
            return AddEntity(Existing(integrationId, organizationId), seed);
        }
    }

    /// <summary>Adds a zone to an integration.</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="seed">The zone.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The zone's id.</returns>
    public string SeedZone(string integrationId, FakeZoneSeed seed, string organizationId = DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        lock (_store.Sync)
        {
            return AddZone(Existing(integrationId, organizationId), seed);
        }
    }

    /// <summary>Queues a LAN-agent task for an integration.</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="taskId">The task id; null makes one up.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The task id.</returns>
    public string SeedLanAgentTask(string integrationId, string? taskId = null, string organizationId = DefaultOrganizationId)
    {
        lock (_store.Sync)
        {
            var integration = Existing(integrationId, organizationId);
            var id = taskId ?? "task-" + _store.Ids.NewId().ToLowerInvariant();
            integration.LanAgentTasks.Add(new LanAgentTaskRecord(id, "sync_devices", _store.Now));
            return id;
        }
    }

    /// <summary>Gives a user a role in an integration's building, so they are one of its people (<c>list_people</c>).</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="userId">The user id.</param>
    /// <param name="role">The role.</param>
    /// <param name="organizationId">The owning organization.</param>
    public void SeedBuildingUser(string integrationId, string userId, string role, string organizationId = DefaultOrganizationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        lock (_store.Sync)
        {
            var integration = Existing(integrationId, organizationId);
            if (!integration.BuildingUsers.TryGetValue(userId, out var roles))
            {
                roles = new SortedSet<string>(StringComparer.Ordinal);
                integration.BuildingUsers.Add(userId, roles);
            }

            roles.Add(role);
        }
    }

    /// <summary>Soft-deletes an integration (the API has no route for it; restore brings it back).</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="organizationId">The owning organization.</param>
    public void SoftDeleteIntegration(string integrationId, string organizationId = DefaultOrganizationId)
    {
        lock (_store.Sync)
        {
            var integration = Existing(integrationId, organizationId);
            integration.DeletedAt ??= _store.Now;
        }
    }

    /// <summary>What the fake holds for an integration, or null when the organization has none with that id.</summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="organizationId">The owning organization.</param>
    public FakeIntegrationSnapshot? FindIntegration(string integrationId, string organizationId = DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(integrationId);
        ArgumentNullException.ThrowIfNull(organizationId);
        lock (_store.Sync)
        {
            var integration = _store.Organization(organizationId).Find(integrationId);
            if (integration is null)
            {
                return null;
            }

            return new FakeIntegrationSnapshot
            {
                Id = integration.Id,
                OrganizationId = integration.OrganizationId,
                ProviderType = new ProviderType(integration.ProviderType),
                Name = new LocalizedString(integration.Name),
                Enabled = integration.Enabled,
                Health = new IntegrationHealth(integration.Health),
                Config = ToElement(integration.Config),
                Secrets = ToElement(integration.Secrets),
                CreatedAt = integration.CreatedAt,
                UpdatedAt = integration.UpdatedAt,
                DeletedAt = integration.DeletedAt,
                EntityIds = integration.Entities.Select(e => e.Id).ToList(),
                ZoneIds = integration.Zones.Select(z => z.Id).ToList(),
                PortalIds = integration.Portals.Select(p => p.Id).ToList(),
                InviteIds = integration.Invites.Select(i => i.Id).ToList(),
                BuildingUsers = integration.BuildingUsers.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value.ToList(), StringComparer.Ordinal),
                PendingLanAgentTaskIds = integration.LanAgentTasks.Select(t => t.TaskId).ToList(),
                ImageUrl = integration.ImageUrl,
            };
        }
    }

    private static JsonElement? ToElement(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(JsonText.Write(node));
        return document.RootElement.Clone();
    }

    private IntegrationRecord Existing(string integrationId, string organizationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        return _store.Organization(organizationId).Find(integrationId)
            ?? throw new ArgumentException($"Organization '{organizationId}' has no integration '{integrationId}'.", nameof(integrationId));
    }

    private string AddZone(IntegrationRecord integration, FakeZoneSeed seed)
    {
        var zone = new ZoneRecord
        {
            Id = seed.Id ?? _store.Ids.NewId(),
            Name = ToMap(seed.Name, nameof(seed)),
            ExternalId = seed.ExternalId,
            ParentZoneId = seed.ParentZoneId,
            CreatedAt = _store.Now,
            DeletedAt = seed.Deleted ? _store.Now : null,
        };
        integration.Zones.Add(zone);
        return zone.Id;
    }

    private string AddEntity(IntegrationRecord integration, FakeEntitySeed seed)
    {
        var type = string.IsNullOrEmpty(seed.EntityType.Value) ? "door" : seed.EntityType.Value;
        var entity = new EntityRecord
        {
            Id = seed.Id ?? _store.Ids.NewId(),
            DeviceId = seed.DeviceId ?? _store.Ids.NewId(),
            EntityType = type,
            Name = seed.Name,
            ExternalId = seed.ExternalId,
            ZoneId = seed.ZoneId,
            State = seed.State?.DeepClone() ?? DemoData.InitialState(type),
            Metadata = seed.Metadata is null ? null : new Dictionary<string, string>(seed.Metadata, StringComparer.Ordinal),
            EntityMetadata = seed.EntityMetadata is null ? null : new Dictionary<string, string>(seed.EntityMetadata, StringComparer.Ordinal),
            CreatedAt = _store.Now,
            UpdatedAt = _store.Now,
            DeletedAt = seed.Deleted ? _store.Now : null,
        };
        integration.Entities.Add(entity);
        return entity.Id;
    }

    private static Dictionary<string, string> ToMap(LocalizedString? name, string parameter)
    {
        if (name is null)
        {
            throw new ArgumentException("A name is required.", parameter);
        }

        var map = name.PlainText is { } text
            ? new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = text }
            : name.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return map.Count > 0 ? map : throw new ArgumentException("A name needs at least one locale.", parameter);
    }
}
