namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Answers of the invite operations beyond list/create/update (preview, reconcile, the link, usage, renewal requests,
/// photos and message media), shaped like the bundle: <c>RespondAsync</c> validates each against its schema.
/// </summary>
public static class InviteSamples
{
    public const string RenewalRequestId = "01JA86H0ZC8X4V7W2B9D1E3G6K";
    public const string GuestId = "fp_3c9e1a77";
    public const string UsageEntryId = "01JA87J1AD9Y5W8X3C0E2F4H7M";

    /// <summary>The photo URL, on a host other than the API (the test fixture serves the file at its path).</summary>
    public const string PhotoPath = "/cdn/invites/01JA81C5TX3R9P2Q7W4Y6Z8B1D/photo.jpg";

    public const string MediaPath = "/cdn/invites/01JA81C5TX3R9P2Q7W4Y6Z8B1D/media/body-1.png";

    private const string Schedule = """
        { "is_recurring": false, "slot_duration_seconds": 7200, "active_window": null,
          "next_window": { "from": "2026-05-02T10:00:00Z", "to": "2026-05-02T12:00:00Z" }, "series_end": null }
        """;

    public static readonly string Preview = """
        {
          "valid": true,
          "valid_from": "2026-05-02T10:00:00Z",
          "valid_to": "2026-05-02T12:00:00Z",
          "is_enabled": false,
          "pending_approval": true,
          "kind": "share",
          "max_uses": 2,
          "max_devices": null,
          "curfew_exempt": false,
          "curfew_windows": [ { "start": "23:00", "end": "06:00" } ],
          "timezone": "Asia/Jerusalem",
          "external_ref": null,
          "schedule_kind": "single_window",
          "schedule_combined": { "open_ended_recurrence": false, "since": "2026-05-02T10:00:00Z", "until": "2026-05-02T12:00:00Z" },
          "schedule_entries": [
            { "id": "01JA81C5TX3R9P2Q7W4Y6Z8B1E", "is_enabled": true, "valid_from": "2026-05-02T10:00:00Z", "valid_to": "2026-05-02T12:00:00Z",
              "schedule":
        """ + Schedule + """
            }
          ],
          "schedule":
        """ + Schedule + """
        ,
          "granted_portals": [
            { "id": "01JA80B4D2E5F6G7H8J9K0M1N2", "public_id": "K7M2Q9W4X8", "name": { "en": "Lobby door" }, "is_linked": true },
            { "id": "01JA80B4D2E5F6G7H8J9K0M1N3", "public_id": "R3T8V1X6Z2", "name": { "en": "Bike room" }, "is_linked": false }
          ],
          "unlinked_portal_ids": [ "01JA80B4D2E5F6G7H8J9K0M1N3" ],
          "required_identity_fields": [ "invitee_phone", "photo" ],
          "requires_justification": true
        }
        """;

    /// <summary>A reconcile that created the invite: with the one-time token and link.</summary>
    public static readonly string ReconcileCreated = """
        {
          "action": "created",
          "invite_link_id": "01JA81C5TX3R9P2Q7W4Y6Z8B1D",
          "invite_token": "inv_R8c2Xw5pQ1",
          "invite_url": "https://openapp.house/i/inv_R8c2Xw5pQ1",
          "idempotent_replay": false,
          "external_ref": { "source": "mews", "record_id": "res-5521", "revision": 4, "correlation_id": "sync-5521-4" },
          "invite":
        """ + Samples.Invite + """
        }
        """;

    /// <summary>A reconcile that revoked the invite of a record that never had one: nothing to point at.</summary>
    public const string ReconcileRevokedNothing = """
        { "action": "unchanged", "invite_link_id": null, "invite": null, "external_ref": null, "idempotent_replay": false }
        """;

    public const string NewToken = """
        { "invite_token": "inv_N3wT0k3n9Z", "invite_url": "https://openapp.house/i/inv_N3wT0k3n9Z", "last_shared_at": "2026-04-20T07:45:00Z" }
        """;

    /// <summary>Two uses of an invite: one that opened the door, one refused.</summary>
    public const string InviteUsage = """
        {
          "entries": [
            {
              "id": "01JA87J1AD9Y5W8X3C0E2F4H7M",
              "occurred_at": "2026-04-14T08:03:11Z",
              "outcome": "succeeded",
              "actor": { "kind": "guest", "guest_id": "fp_3c9e1a77", "user_id": null },
              "door_name": { "en": "Lobby door", "he": "דלת הלובי" }
            },
            {
              "id": "01JA87J1AD9Y5W8X3C0E2F4H7N",
              "occurred_at": "2026-04-13T22:30:00Z",
              "outcome": "denied",
              "actor": { "kind": "guest", "guest_id": "fp_3c9e1a77" },
              "door_name": "Lobby door",
              "risk_score": 0.2
            }
          ]
        }
        """;

    /// <summary>The uses of a door: a user, and a guest through an invite.</summary>
    public const string DoorUsage = """
        {
          "entries": [
            {
              "id": "01JA87J1AD9Y5W8X3C0E2F4H7P",
              "occurred_at": "2026-04-15T06:58:00Z",
              "outcome": "succeeded",
              "actor": { "kind": "user", "user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G" }
            },
            {
              "id": "01JA87J1AD9Y5W8X3C0E2F4H7M",
              "occurred_at": "2026-04-14T08:03:11Z",
              "outcome": "succeeded",
              "actor": { "kind": "guest", "guest_id": "fp_3c9e1a77" },
              "invite_name": "Cleaner, Tuesdays"
            }
          ]
        }
        """;

    public const string RenewalRequests = """
        {
          "requests": [
            {
              "id": "01JA86H0ZC8X4V7W2B9D1E3G6K",
              "requester_user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G",
              "requester_name": "Dana Levi",
              "note": "Two more weeks, please: the renovation runs late.",
              "created_at": "2026-04-18T16:20:00Z"
            },
            { "id": "01JA86H0ZC8X4V7W2B9D1E3G6M", "requester_user_id": "01JA84F8XA6V2S5T0Z7B9C1E4H", "requester_name": null, "note": null }
          ]
        }
        """;

    public const string NoRenewalRequests = """{ "requests": [] }""";

    public static string PhotoUrl(string origin) =>
        $$"""{ "url": "{{origin}}{{PhotoPath}}?sig=a1b2", "expires_in_seconds": 900 }""";

    public static string MediaUrl(string origin) =>
        $$"""{ "url": "{{origin}}{{MediaPath}}?sig=c3d4", "expires_in_seconds": 600 }""";

    public const string MediaUploaded = """
        { "slot": "body-1", "url": "https://cdn.openapp.house/invites/01JA81C5TX3R9P2Q7W4Y6Z8B1D/media/body-1.png?sig=c3d4", "expires_in_seconds": 600 }
        """;

    public const string PhotoUploaded = """
        { "url": "https://cdn.openapp.house/invites/01JA81C5TX3R9P2Q7W4Y6Z8B1D/photo.jpg?sig=a1b2", "expires_in_seconds": 900 }
        """;

    public const string DeletedPortals = """
        {
          "portals": [
            {
              "id": "01JA80B4D2E5F6G7H8J9K0M1N3",
              "public_id": "R3T8V1X6Z2",
              "name": { "en": "Bike room" },
              "device_id": null,
              "directory_id": null,
              "created_at": "2026-03-18T07:00:00Z",
              "updated_at": "2026-04-01T09:00:00Z",
              "deleted_at": "2026-04-01T09:00:00Z"
            }
          ]
        }
        """;
}
