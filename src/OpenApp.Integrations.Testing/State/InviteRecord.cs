using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>An access invite: which portals it opens, when, how often, and whether it was revoked.</summary>
internal sealed class InviteRecord
{
    public required string Id { get; init; }

    /// <summary>The secret of the invite link; rotating it makes the old link stop working.</summary>
    public required string Token { get; set; }

    /// <summary>When the link was last shared or rotated.</summary>
    public DateTimeOffset? LastSharedAt { get; set; }

    public string? Name { get; set; }

    public List<string> PortalIds { get; set; } = new();

    public List<InviteScheduleRecord> Schedules { get; set; } = new();

    public bool IsEnabled { get; set; } = true;

    public int? MaxUses { get; set; }

    /// <summary><c>invitation</c> or <c>share</c>.</summary>
    public string Kind { get; set; } = "invitation";

    /// <summary><c>inherit</c>, <c>explicit</c> or <c>none</c>.</summary>
    public string LocationMode { get; set; } = "inherit";

    public string? Audience { get; set; }

    public JsonNode? Contacts { get; set; }

    public JsonNode? ExternalRef { get; set; }

    public int? MaxDevices { get; set; }

    public bool CurfewExempt { get; set; }

    public string? CreationJustification { get; set; }

    /// <summary>Whether a PIN is set (the fake, like the server, never gives it back).</summary>
    public bool HasPin { get; set; }

    public int Uses { get; set; }

    public JsonNode? InviteeMessage { get; set; }

    public string? DisabledJustification { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>The photo's file in <see cref="FakeStore.Images"/> and the URL it is served at, when there is one.</summary>
    public StoredImageLink? Photo { get; set; }

    /// <summary>Images of the invitation message, by slot.</summary>
    public SortedDictionary<string, StoredImageLink> MessageMedia { get; } = new(StringComparer.Ordinal);

    /// <summary>How many message-media slots were handed out (slots are never reused).</summary>
    public int MessageMediaSlotsUsed { get; set; }

    /// <summary>Guests' pending requests for more time, oldest first.</summary>
    public List<RenewalRequestRecord> RenewalRequests { get; } = new();

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

/// <summary>A guest's request to extend an invite, waiting to be dismissed (or answered by an update).</summary>
internal sealed class RenewalRequestRecord
{
    public required string Id { get; init; }

    public required string RequesterUserId { get; init; }

    public string? RequesterName { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>An uploaded image an invite points to: its file in <see cref="FakeStore.Images"/> and its URL.</summary>
/// <param name="FileName">The key in <see cref="FakeStore.Images"/>.</param>
/// <param name="Url">Where the fake serves it, without credentials.</param>
internal sealed record StoredImageLink(string FileName, string Url);
