namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Realistic ids and response bodies, shaped after the bundle's schemas (the wire tests validate each one against the
/// operation's response schema before serving it).
/// </summary>
public static class Samples
{
    public const string IntegrationId = "01JA7ZK3QH8V6XW2M9C4RT5N0B";
    public const string PortalId = "01JA80B4D2E5F6G7H8J9K0M1N2";
    public const string PortalPublicId = "K7M2Q9W4X8";
    public const string InviteId = "01JA81C5TX3R9P2Q7W4Y6Z8B1D";
    public const string ScheduleEntryId = "01JA81C5TX3R9P2Q7W4Y6Z8B1E";
    public const string ZoneId = "01JA82D6VY4S0Q3R8X5Z7A9C2E";
    public const string EntityId = "01JA83E7WZ5T1R4S9Y6A8B0D3F";
    public const string UserId = "01JA84F8XA6V2S5T0Z7B9C1E4G";
    public const string DeviceExternalId = "shelly-e8db84d1a2c3";
    public const string DoorDeviceId = "01JA85G9YB7W3T6U1A8C0D2F5H";
    public const string DirectoryDeviceId = "01JA85G9YB7W3T6U1A8C0D2F5J";

    /// <summary>An integration as the server returns it, lifecycle fields flattened in.</summary>
    public const string Integration = """
        {
          "id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
          "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
          "provider_type": "virtual_access",
          "provider_type_name": { "en": "Virtual access", "he": "גישה וירטואלית" },
          "name": { "en": "Lobby door", "he": "דלת הלובי" },
          "enabled": true,
          "health": "ok",
          "config": { "open_duration_seconds": 5, "relay": 1 },
          "created_at": "2026-03-14T09:21:07Z",
          "updated_at": "2026-03-15T10:00:00.123Z",
          "deleted_at": null,
          "purge_at": null,
          "hard_delete_at": null
        }
        """;

    /// <summary>The same integration, soft-deleted and scheduled for purge.</summary>
    public const string DeletedIntegration = """
        {
          "id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
          "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
          "provider_type": "shelly_cloud",
          "provider_type_name": { "en": "Shelly Cloud", "he": "שלי ענן" },
          "name": { "en": "Garage gate" },
          "enabled": false,
          "health": "error",
          "created_at": "2026-01-02T08:00:00Z",
          "updated_at": "2026-03-20T17:45:00Z",
          "deleted_at": "2026-03-20T17:45:00Z",
          "purge_at": "2026-04-19T17:45:00Z",
          "hard_delete_at": "2026-04-19T17:45:00Z"
        }
        """;

    public const string IntegrationPage = """
        {
          "items": [
            {
              "id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
              "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
              "provider_type": "virtual_access",
              "provider_type_name": { "en": "Virtual access", "he": "גישה וירטואלית" },
              "name": { "en": "Lobby door", "he": "דלת הלובי" },
              "enabled": true,
              "health": "ok",
              "created_at": "2026-03-14T09:21:07Z"
            },
            {
              "id": "01JA7ZM0A1B2C3D4E5F6G7H8J9",
              "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
              "provider_type": "homeassistant",
              "provider_type_name": { "en": "Home Assistant" },
              "name": { "en": "Building HA" },
              "enabled": true,
              "health": "error"
            }
          ],
          "total": 57
        }
        """;

    public const string EntityPage = """
        {
          "items": [
            {
              "id": "01JA83E7WZ5T1R4S9Y6A8B0D3F",
              "device_id": "shelly-e8db84d1a2c3",
              "entity_type": "door",
              "external_id": "switch:0",
              "name": "Lobby door relay",
              "zone_id": "01JA82D6VY4S0Q3R8X5Z7A9C2E",
              "metadata": { "model": "SNSW-001X16EU" },
              "entity_metadata": { "channel": "0" },
              "entry_kind": "door",
              "state": { "open": false, "last_changed": "2026-03-15T09:59:58Z" },
              "created_at": "2026-03-14T09:22:00Z",
              "updated_at": "2026-03-15T09:59:58Z"
            },
            {
              "id": "01JA83E7WZ5T1R4S9Y6A8B0D3G",
              "device_id": "shelly-e8db84d1a2c3",
              "entity_type": "switch",
              "external_id": "switch:1",
              "name": null,
              "zone_id": null,
              "state": { "on": true }
            }
          ],
          "total": 2
        }
        """;

    public const string Portal = """
        {
          "id": "01JA80B4D2E5F6G7H8J9K0M1N2",
          "public_id": "K7M2Q9W4X8",
          "name": { "en": "Lobby door", "he": "דלת הלובי" },
          "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H",
          "directory_id": "01JA85G9YB7W3T6U1A8C0D2F5J",
          "created_at": "2026-03-14T09:30:00Z",
          "updated_at": "2026-03-16T11:02:40Z",
          "deleted_at": null
        }
        """;

    public const string PortalList = """
        {
          "items": [
            {
              "id": "01JA80B4D2E5F6G7H8J9K0M1N2",
              "public_id": "K7M2Q9W4X8",
              "name": { "en": "Lobby door", "he": "דלת הלובי" },
              "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H",
              "directory_id": "01JA85G9YB7W3T6U1A8C0D2F5J",
              "created_at": "2026-03-14T09:30:00Z",
              "updated_at": "2026-03-16T11:02:40Z"
            },
            {
              "id": "01JA80B4D2E5F6G7H8J9K0M1N3",
              "public_id": "R3T8V1X6Z2",
              "name": { "en": "Bike room" },
              "device_id": null,
              "directory_id": null,
              "created_at": "2026-03-18T07:00:00Z",
              "updated_at": null
            }
          ],
          "total": 2
        }
        """;

    public const string CreatedPortal = """
        {
          "id": "01JA80B4D2E5F6G7H8J9K0M1N2",
          "public_id": "K7M2Q9W4X8",
          "name": { "en": "Lobby door", "he": "דלת הלובי" },
          "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H",
          "directory_id": null
        }
        """;

    public const string PortalWithIntegration = """
        {
          "id": "01JA80B4D2E5F6G7H8J9K0M1N2",
          "public_id": "K7M2Q9W4X8",
          "name": { "en": "Lobby door", "he": "דלת הלובי" },
          "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H",
          "directory_id": null,
          "created_at": "2026-03-14T09:30:00Z",
          "updated_at": "2026-03-16T11:02:40Z",
          "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B"
        }
        """;

    private const string Schedule = """
        {
          "is_recurring": true,
          "slot_duration_seconds": 14400,
          "active_window": null,
          "next_window": { "from": "2026-04-14T08:00:00Z", "to": "2026-04-14T12:00:00Z" },
          "series_end": { "kind": "until", "at": "2026-06-30T12:00:00Z" }
        }
        """;

    private const string GrantedPortals = """
        [ { "id": "01JA80B4D2E5F6G7H8J9K0M1N2", "public_id": "K7M2Q9W4X8", "name": { "en": "Lobby door", "he": "דלת הלובי" }, "is_linked": true } ]
        """;

    private const string ScheduleEntries = """
        [
          {
            "id": "01JA81C5TX3R9P2Q7W4Y6Z8B1E",
            "name": "Tuesday mornings",
            "is_enabled": true,
            "valid_from": "2026-04-07T08:00:00Z",
            "valid_to": "2026-04-07T12:00:00Z",
            "invite_recurrence": { "freq": "weekly", "by_weekday": ["tu"], "until": "2026-06-30T12:00:00Z" },
            "schedule":
        """ + Schedule + """
          }
        ]
        """;

    public static readonly string Invite = """
        {
          "id": "01JA81C5TX3R9P2Q7W4Y6Z8B1D",
          "state": "active",
          "kind": "invitation",
          "location_mode": "inherit",
          "curfew_exempt": false,
          "name": "Cleaner, Tuesdays",
          "is_enabled": true,
          "disabled_justification": null,
          "schedule_kind": "single_recurring",
          "schedule_combined": { "open_ended_recurrence": false, "since": "2026-04-07T08:00:00Z", "until": "2026-06-30T12:00:00Z" },
          "invite_recurrence": { "freq": "weekly", "by_weekday": ["tu"], "until": "2026-06-30T12:00:00Z" },
          "invitee_message": { "en": "Use the side entrance", "he": "היכנסו מהכניסה הצדדית" },
          "uses": 3,
          "max_uses": 50,
          "valid_from": "2026-04-07T08:00:00Z",
          "valid_to": "2026-06-30T12:00:00Z",
          "created_at": "2026-04-01T10:15:00Z",
          "updated_at": "2026-04-02T09:00:00Z",
          "last_used_at": "2026-04-14T08:03:11Z",
          "revoked_at": null,
          "granted_portals":
        """ + GrantedPortals + """
        ,
          "schedule_entries":
        """ + ScheduleEntries + """
        ,
          "schedule":
        """ + Schedule + """
        }
        """;

    public static readonly string InviteList = "{\"items\": [" + Invite + "], \"total\": 1}";

    public static readonly string CreatedInvite = """
        {
          "invite_link_id": "01JA81C5TX3R9P2Q7W4Y6Z8B1D",
          "invite_token": "inv_6vR2mQ8xT1kZ9pW4",
          "invite_url": "https://openapp.house/i/inv_6vR2mQ8xT1kZ9pW4",
          "idempotent_replay": false,
          "pending_approval": false,
          "kind": "invitation",
          "location_mode": "inherit",
          "name": "Cleaner, Tuesdays",
          "valid_from": "2026-04-07T08:00:00Z",
          "valid_to": "2026-06-30T12:00:00Z",
          "is_enabled": true,
          "schedule_kind": "single_recurring",
          "schedule_combined": { "open_ended_recurrence": false, "since": "2026-04-07T08:00:00Z", "until": "2026-06-30T12:00:00Z" },
          "invite_recurrence": { "freq": "weekly", "by_weekday": ["tu"], "until": "2026-06-30T12:00:00Z" },
          "invitee_message": null,
          "uses": 0,
          "max_uses": 50,
          "granted_portals":
        """ + GrantedPortals + """
        ,
          "schedule_entries":
        """ + ScheduleEntries + """
        ,
          "schedule":
        """ + Schedule + """
        }
        """;

    /// <summary>An idempotent replay of <see cref="CreatedInvite"/>: the one-time token and link are left out.</summary>
    public static readonly string ReplayedInvite = CreatedInvite
        .Replace("\"invite_token\": \"inv_6vR2mQ8xT1kZ9pW4\",\n", string.Empty, StringComparison.Ordinal)
        .Replace("\"invite_url\": \"https://openapp.house/i/inv_6vR2mQ8xT1kZ9pW4\",\n", string.Empty, StringComparison.Ordinal)
        .Replace("\"idempotent_replay\": false", "\"idempotent_replay\": true", StringComparison.Ordinal);

    public const string Zones = """
        {
          "items": [
          {
            "id": "01JA82D6VY4S0Q3R8X5Z7A9C2E",
            "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
            "name": { "en": "Floor 3", "he": "קומה 3" },
            "external_id": "area.floor_3",
            "parent_zone_id": null,
            "created_at": "2026-03-14T09:25:00Z",
            "updated_at": "2026-03-14T09:25:00Z"
          },
          {
            "id": "01JA82D6VY4S0Q3R8X5Z7A9C2F",
            "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
            "name": { "en": "Apartment 12" },
            "external_id": null,
            "parent_zone_id": "01JA82D6VY4S0Q3R8X5Z7A9C2E"
          }
          ],
          "total": 2
        }
        """;

    public const string ProviderTypes = """
        {
          "virtual_access": { "en": "Virtual access", "he": "גישה וירטואלית" },
          "shelly_cloud": { "en": "Shelly Cloud", "he": "שלי ענן" },
          "homeassistant": { "en": "Home Assistant" }
        }
        """;

    public const string ProviderDefinition = """
        {
          "provider_type": "virtual_access",
          "capabilities": ["open_door", "access_portals", "access_invites"],
          "config_schema": { "type": "object", "properties": { "open_duration_seconds": { "type": "integer", "minimum": 1 } } },
          "secrets_schema": { "type": "object", "properties": {} },
          "actions": [ { "id": "open", "name": { "en": "Open", "he": "פתח" } } ]
        }
        """;

    public const string DeviceMetadataSchema = """
        {
          "provider_type": "shelly_cloud",
          "schema": {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "properties": { "relay_channel": { "type": "integer", "minimum": 0 } }
          }
        }
        """;

    public const string DiscoveredDevices = """
        {
          "devices": [
            { "external_id": "shelly-e8db84d1a2c3", "model": "SNSW-001X16EU", "name": "Lobby relay", "online": true },
            { "external_id": "shelly-34945470bb21", "model": "SHSW-25", "name": "Garage", "online": false }
          ]
        }
        """;

    public const string Ops = """
        [
          { "id": "open_door", "name": { "en": "Open door", "he": "פתח דלת" }, "input_schema": { "type": "object", "properties": { "duration_seconds": { "type": "integer" } } } },
          { "id": "sync_devices", "name": { "en": "Sync devices" } }
        ]
        """;

    public const string OpResult = """{ "ok": true, "opened_until": "2026-03-15T10:00:05Z" }""";

    /// <summary>The people of a building (schema-less in the contract).</summary>
    public const string People = """
        {
          "users": [
            { "user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G", "role": "resident", "apartments": ["12"] },
            { "user_id": "01JA84F8XA6V2S5T0Z7B9C1E4H", "role": "building_manager", "apartments": [] }
          ]
        }
        """;

    /// <summary>What <c>execute_integration_op</c> answers with 202 when a sharing policy holds the op.</summary>
    public const string PendingApproval = """
        { "id": "01JA86H0ZC8X4V7W2B9D1E3G6K", "status": "pending", "subject_kind": "integration_op" }
        """;

    public const string LanTaskSpec = """
        {
          "task_id": "scan-lan-7f3a",
          "lan_protocol_version": 3,
          "spec": { "kind": "mdns_scan", "services": ["_shelly._tcp"], "timeout_ms": 4000 }
        }
        """;

    public const string LanTasks = """
        {
          "tasks": [ { "task_id": "scan-lan-7f3a", "kind": "mdns_scan", "queued_at": "2026-03-15T10:00:00Z" } ]
        }
        """;

    public const string ImageUploaded = """
        { "url": "https://cdn.openapp.house/integrations/01JA7ZK3QH8V6XW2M9C4RT5N0B/image.png?sig=3f9a", "expires_in_seconds": 3600 }
        """;

    /// <summary>The smallest valid PNG header the SDK's magic-byte check accepts, plus a little data.</summary>
    public static byte[] Png => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

    /// <summary>A JPEG start (SOI + APP0 marker).</summary>
    public static byte[] Jpeg => new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00 };
}
