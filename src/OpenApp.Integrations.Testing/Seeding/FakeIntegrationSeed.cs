using System.Text.Json.Nodes;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Testing;

/// <summary>An integration to put into the fake directly (<see cref="FakeOpenAppServer.SeedIntegration"/>), with its zones, entities and more.</summary>
public sealed class FakeIntegrationSeed
{
    /// <summary>The id; null makes up a ULID-shaped one.</summary>
    public string? Id { get; set; }

    /// <summary>The provider type (default <c>virtual_access</c>); types the fake does not know are kept as they are.</summary>
    public ProviderType ProviderType { get; set; } = ProviderType.VirtualAccess;

    /// <summary>The name; a plain string is stored as English.</summary>
    public LocalizedString Name { get; set; } = LocalizedString.FromLocale("en", "Seeded integration");

    /// <summary>Whether it is enabled (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Its health (default <c>ok</c>).</summary>
    public IntegrationHealth Health { get; set; } = IntegrationHealth.Ok;

    /// <summary>The provider config (returned by reads).</summary>
    public JsonNode? Config { get; set; }

    /// <summary>The provider secrets (never returned by any route).</summary>
    public JsonNode? Secrets { get; set; }

    /// <summary>Whether it starts soft-deleted (hidden unless <c>include_deleted</c>, restorable).</summary>
    public bool Deleted { get; set; }

    /// <summary>Whether to add the provider's demo zones and devices too (as integrations created through the API get).</summary>
    public bool IncludeProviderDemoDevices { get; set; }

    /// <summary>Zones to add.</summary>
    public IList<FakeZoneSeed> Zones { get; } = new List<FakeZoneSeed>();

    /// <summary>Entities to add.</summary>
    public IList<FakeEntitySeed> Entities { get; } = new List<FakeEntitySeed>();

    /// <summary>Pending LAN-agent task ids.</summary>
    public IList<string> LanAgentTaskIds { get; } = new List<string>();

    /// <summary>People of the building (<c>list_people</c>): user id to role.</summary>
    public IDictionary<string, string> BuildingUsers { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Describes the seed without config or secrets.</summary>
    public override string ToString() => $"FakeIntegrationSeed({ProviderType}, {Name})";
}
