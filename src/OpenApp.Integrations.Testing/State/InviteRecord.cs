using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>An access invite: which portals it opens, when, how often, and whether it was revoked.</summary>
internal sealed class InviteRecord
{
    public required string Id { get; init; }

    public required string Token { get; init; }

    public string? Name { get; set; }

    public List<string> PortalIds { get; set; } = new();

    public List<InviteScheduleRecord> Schedules { get; set; } = new();

    public bool IsEnabled { get; set; } = true;

    public int? MaxUses { get; set; }

    public int Uses { get; set; }

    public JsonNode? InviteeMessage { get; set; }

    public JsonNode? InviteRecurrence { get; set; }

    public string? DisabledJustification { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset ValidFrom => Schedules.Min(s => s.ValidFrom);

    public DateTimeOffset ValidTo => Schedules.Max(s => s.ValidTo);
}

/// <summary>One validity window of an invite.</summary>
internal sealed class InviteScheduleRecord
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required DateTimeOffset ValidTo { get; init; }

    public bool IsEnabled { get; init; } = true;

    public JsonNode? Recurrence { get; init; }
}
