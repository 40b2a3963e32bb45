using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>The invite shapes: <c>AccessInviteListItem</c> and <c>CreateAccessInviteResponse</c>, with their schedules.</summary>
internal static class InviteViews
{
    /// <summary>The invite's state as the server names it.</summary>
    public static string State(InviteRecord invite, DateTimeOffset now) =>
        invite.RevokedAt is not null ? "revoked"
        : !invite.IsEnabled ? "disabled"
        : invite.MaxUses is { } max && invite.Uses >= max ? "exhausted"
        : now >= invite.ValidTo ? "expired"
        : now < invite.ValidFrom ? "scheduled"
        : "active";

    public static JsonObject ListItem(InviteRecord invite, IntegrationRecord integration, DateTimeOffset now)
    {
        var view = Common(invite, integration, now);
        view["id"] = invite.Id;
        view["state"] = State(invite, now);
        view["created_at"] = JsonViews.Time(invite.CreatedAt);
        view["updated_at"] = JsonViews.Time(invite.UpdatedAt);
        view["revoked_at"] = JsonViews.Time(invite.RevokedAt);
        view["last_used_at"] = JsonViews.Time(invite.LastUsedAt);
        view["disabled_justification"] = invite.DisabledJustification;
        view["creation_justification"] = invite.CreationJustification;
        return view;
    }

    /// <summary>A <c>CreateAccessInviteResponse</c>, with the one-time token and link.</summary>
    public static JsonObject Created(InviteRecord invite, IntegrationRecord integration, DateTimeOffset now, Uri baseUrl)
    {
        var view = Common(invite, integration, now);
        view["invite_link_id"] = invite.Id;
        view["invite_token"] = invite.Token;
        view["invite_url"] = new Uri(baseUrl, "/invite/" + invite.Token).AbsoluteUri;
        view["idempotent_replay"] = false;
        view["pending_approval"] = false;
        view["creation_justification"] = invite.CreationJustification;
        return view;
    }

    private static JsonObject Common(InviteRecord invite, IntegrationRecord integration, DateTimeOffset now)
    {
        var recurring = invite.Schedules.Any(s => s.Recurrence is not null);
        var kind = invite.Schedules.Count > 1 ? "multiple" : recurring ? "single_recurring" : "single_window";
        return new JsonObject
        {
            ["name"] = invite.Name,
            ["is_enabled"] = invite.IsEnabled,
            ["max_uses"] = invite.MaxUses,
            ["uses"] = invite.Uses,
            ["valid_from"] = JsonViews.Time(invite.ValidFrom),
            ["valid_to"] = JsonViews.Time(invite.ValidTo),
            ["invitee_message"] = invite.InviteeMessage?.DeepClone(),
            ["kind"] = invite.Kind,
            ["location_mode"] = invite.LocationMode,
            ["max_devices"] = invite.MaxDevices,
            ["curfew_exempt"] = invite.CurfewExempt,
            ["external_ref"] = invite.ExternalRef?.DeepClone(),
            ["schedule_kind"] = kind,
            ["schedule_combined"] = new JsonObject
            {
                ["open_ended_recurrence"] = false,
                ["since"] = JsonViews.Time(invite.ValidFrom),
                ["until"] = JsonViews.Time(invite.ValidTo),
            },
            ["schedule_entries"] = new JsonArray(invite.Schedules.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["is_enabled"] = s.IsEnabled,
                ["valid_from"] = JsonViews.Time(s.ValidFrom),
                ["valid_to"] = JsonViews.Time(s.ValidTo),
                ["invite_recurrence"] = s.Recurrence?.DeepClone(),
                ["schedule"] = Snapshot(s.ValidFrom, s.ValidTo, s.Recurrence is not null, now),
            }).ToArray()),
            ["schedule"] = Snapshot(invite.ValidFrom, invite.ValidTo, recurring, now),
            ["granted_portals"] = new JsonArray(invite.PortalIds
                .Select(id => integration.Portals.FirstOrDefault(p => p.Id == id && p.DeletedAt is null))
                .Where(p => p is not null)
                .Select(p => (JsonNode)JsonViews.GrantedPortal(p!))
                .ToArray()),
        };
    }

    private static JsonObject Snapshot(DateTimeOffset from, DateTimeOffset to, bool recurring, DateTimeOffset now)
    {
        var window = new JsonObject { ["from"] = JsonViews.Time(from), ["to"] = JsonViews.Time(to) };
        return new JsonObject
        {
            ["is_recurring"] = recurring,
            ["slot_duration_seconds"] = (long)(to - from).TotalSeconds,
            ["active_window"] = now >= from && now < to ? window : null,
            ["next_window"] = now < from ? window.DeepClone() : null,
            ["series_end"] = recurring ? new JsonObject { ["kind"] = "never" } : null,
        };
    }
}
