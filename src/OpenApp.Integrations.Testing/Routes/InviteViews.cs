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
        view["last_shared_at"] = JsonViews.Time(invite.LastSharedAt);
        view["pending_renewal_count"] = invite.RenewalRequests.Count;
        view["photo_url"] = invite.Photo?.Url;
        return view;
    }

    /// <summary>The link to hand to the guest: it carries the invite's current token.</summary>
    public static string Url(InviteRecord invite, Uri baseUrl) => new Uri(baseUrl, "/invite/" + invite.Token).AbsoluteUri;

    /// <summary>A <c>CreateAccessInviteResponse</c>, with the one-time token and link.</summary>
    public static JsonObject Created(InviteRecord invite, IntegrationRecord integration, DateTimeOffset now, Uri baseUrl)
    {
        var view = Common(invite, integration, now);
        view["invite_link_id"] = invite.Id;
        view["invite_token"] = invite.Token;
        view["invite_url"] = Url(invite, baseUrl);
        view["idempotent_replay"] = false;
        view["pending_approval"] = false;
        view["creation_justification"] = invite.CreationJustification;
        return view;
    }

    /// <summary>
    /// A <c>PreviewAccessInviteResponse</c>: what create would make of the request. The fake has no policies, so
    /// nothing waits for approval and policy demands nothing more.
    /// </summary>
    public static JsonObject Preview(InviteRecord invite, IntegrationRecord integration, DateTimeOffset now)
    {
        var view = Common(invite, integration, now);
        foreach (var notInPreview in new[] { "name", "uses", "invitee_message", "location_mode" })
        {
            view.Remove(notInPreview);
        }

        view["valid"] = true;
        view["pending_approval"] = false;
        view["requires_justification"] = false;
        view["required_identity_fields"] = new JsonArray();
        view["unlinked_portal_ids"] = new JsonArray(invite.PortalIds
            .Select(id => integration.Portals.First(p => p.Id == id))
            .Where(p => p.DeviceId is null)
            .Select(p => (JsonNode)p.Id)
            .ToArray());
        return view;
    }

    /// <summary>
    /// An <c>AccessUsageResponse</c>: the uses of the last 30 days, newest first. An invite's uses name the door
    /// (<c>door_name</c>); a door's uses name the invite used, if any (<c>invite_name</c>).
    /// </summary>
    public static JsonObject Usage(IEnumerable<UsageRecord> uses, DateTimeOffset now, bool ofDoor) => new()
    {
        // Reversed first, so uses at the same instant (a clock standing still) still come newest first.
        ["entries"] = new JsonArray(uses
            .Where(u => u.OccurredAt > now - TimeSpan.FromDays(30))
            .Reverse()
            .OrderByDescending(u => u.OccurredAt)
            .Select(u =>
            {
                var entry = new JsonObject
                {
                    ["id"] = u.Id,
                    ["occurred_at"] = JsonViews.Time(u.OccurredAt),
                    ["outcome"] = u.Outcome,
                    ["actor"] = new JsonObject { ["kind"] = u.ActorKind, ["guest_id"] = u.GuestId, ["user_id"] = u.UserId },
                };
                if (!ofDoor && u.DoorName is not null)
                {
                    entry["door_name"] = u.DoorName.DeepClone();
                }

                if (ofDoor && u.InviteName is not null)
                {
                    entry["invite_name"] = u.InviteName.DeepClone();
                }

                return (JsonNode)entry;
            })
            .ToArray()),
    };

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
