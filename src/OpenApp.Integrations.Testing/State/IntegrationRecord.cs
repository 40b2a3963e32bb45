using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>An integration as the fake stores it, with everything that belongs to it (purging it removes them all).</summary>
internal sealed class IntegrationRecord
{
    public required string Id { get; init; }

    public required string OrganizationId { get; init; }

    public required string ProviderType { get; set; }

    public required Dictionary<string, string> Name { get; set; }

    public bool Enabled { get; set; } = true;

    public string Health { get; set; } = "ok";

    public JsonNode? Config { get; set; }

    /// <summary>Never served, never logged: only whether it is set shows (through the test hooks).</summary>
    public JsonNode? Secrets { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string? ImageUrl { get; set; }

    public List<ZoneRecord> Zones { get; } = new();

    public List<EntityRecord> Entities { get; } = new();

    public List<PortalRecord> Portals { get; } = new();

    public List<InviteRecord> Invites { get; } = new();

    /// <summary>Uses of the integration's doors and invites, oldest first (door and invite usage read it).</summary>
    public List<UsageRecord> Usage { get; } = new();

    /// <summary>The building's people: user id to roles, in id order.</summary>
    public SortedDictionary<string, SortedSet<string>> BuildingUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>Pending LAN-agent tasks in the order they were queued.</summary>
    public List<LanAgentTaskRecord> LanAgentTasks { get; } = new();

    /// <summary>Integration and device policies, and the physical devices behind its devices.</summary>
    public PolicyState Policies { get; } = new();

    public bool IsDeleted => DeletedAt is not null;
}
