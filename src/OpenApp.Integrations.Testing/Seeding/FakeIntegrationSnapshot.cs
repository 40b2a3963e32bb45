using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// What the fake holds for one integration, for assertions (<see cref="FakeOpenAppServer.FindIntegration"/>), typed
/// like <see cref="IntegrationResponse"/>. Unlike any route, it shows whether secrets are set and what they are: a
/// test hook, in-process only.
/// </summary>
public sealed class FakeIntegrationSnapshot
{
    internal FakeIntegrationSnapshot()
    {
    }

    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The owning organization.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>The provider type.</summary>
    public required ProviderType ProviderType { get; init; }

    /// <summary>The name by locale.</summary>
    public required LocalizedString Name { get; init; }

    /// <summary>Whether it is enabled.</summary>
    public bool Enabled { get; init; }

    /// <summary>Its health.</summary>
    public required IntegrationHealth Health { get; init; }

    /// <summary>The config, or null when it has none (or it was cleared).</summary>
    public JsonElement? Config { get; init; }

    /// <summary>Whether secrets are set.</summary>
    public bool HasSecrets => Secrets is not null;

    /// <summary>The secrets, or null. Never served by any route or written to the request log.</summary>
    public JsonElement? Secrets { get; init; }

    /// <summary>When it was created, on the fake's clock.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed, on the fake's clock.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was soft-deleted, or null.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Whether it is soft-deleted.</summary>
    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Its entities' ids.</summary>
    public required IReadOnlyList<string> EntityIds { get; init; }

    /// <summary>Its zones' ids.</summary>
    public required IReadOnlyList<string> ZoneIds { get; init; }

    /// <summary>Its access portals' ids.</summary>
    public required IReadOnlyList<string> PortalIds { get; init; }

    /// <summary>Its access invites' ids (revoked ones included).</summary>
    public required IReadOnlyList<string> InviteIds { get; init; }

    /// <summary>Building users and their roles.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> BuildingUsers { get; init; }

    /// <summary>Pending LAN-agent task ids.</summary>
    public required IReadOnlyList<string> PendingLanAgentTaskIds { get; init; }

    /// <summary>The URL of the last uploaded image, if any.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Describes the integration without config or secrets.</summary>
    public override string ToString() => $"FakeIntegrationSnapshot({Id}, {ProviderType}, secrets={(HasSecrets ? "set" : "none")})";
}
