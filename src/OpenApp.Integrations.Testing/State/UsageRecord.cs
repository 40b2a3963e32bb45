using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>One use of a door or an invite: who, when, through which invite and door, and whether it opened.</summary>
internal sealed class UsageRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary><c>succeeded</c>, <c>failed</c> or <c>denied</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary><c>user</c>, <c>guest</c>, <c>system</c> or <c>api_key</c>.</summary>
    public required string ActorKind { get; init; }

    public string? GuestId { get; init; }

    public string? UserId { get; init; }

    /// <summary>The door device used, when the portal leads to one (door usage lists these).</summary>
    public string? DeviceId { get; init; }

    /// <summary>The invite used, if any (invite usage lists these).</summary>
    public string? InviteId { get; init; }

    /// <summary>The door's name as it was then (a locale map).</summary>
    public JsonNode? DoorName { get; init; }

    /// <summary>The invite's name as it was then.</summary>
    public JsonNode? InviteName { get; init; }
}
