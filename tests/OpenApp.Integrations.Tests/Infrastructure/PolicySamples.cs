namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Ids and response bodies of the policy, device and site operations, shaped after the bundle's schemas (the wire tests
/// validate each one against the operation's response schema before serving it).
/// </summary>
public static class PolicySamples
{
    public const string PolicyId = "01JA86H0ZC8X4V7W2B9D1E3G6K";
    public const string DevicePolicyId = "01JA86H0ZC8X4V7W2B9D1E3G6M";
    public const string PhysicalDeviceId = "01JA87J1AD9Y5W8X3C0E2F4H7M";
    public const string OpenerIntegrationId = "01JA7ZM0A1B2C3D4E5F6G7H8J9";
    public const string OpenerDeviceId = "01JA88K2BE0Z6X9Y4D1F3G5J8N";
    public const string LightDeviceId = "01JA88K2BE0Z6X9Y4D1F3G5J8P";

    /// <summary>An integration curfew, with the invites it will constrain.</summary>
    public const string Curfew = """
        {
          "id": "01JA86H0ZC8X4V7W2B9D1E3G6K",
          "scope": "integration",
          "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
          "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
          "physical_device_id": null,
          "policy_type": "invitation_curfew",
          "capability": null,
          "config": { "timezone": "Asia/Jerusalem", "windows": [ { "start": "23:00", "end": "06:00" } ] },
          "enforcement": "enforce",
          "enabled": true,
          "created_by": "01JA84F8XA6V2S5T0Z7B9C1E4G",
          "created_at": "2026-04-02T08:15:00Z",
          "updated_at": "2026-04-03T09:30:00.250Z",
          "conflict_report": [ { "id": "01JA81C5TX3R9P2Q7W4Y6Z8B1D", "name": "Cleaner, Tuesdays" }, { "id": "01JA81C5TX3R9P2Q7W4Y6Z8B1Z", "name": null } ]
        }
        """;

    /// <summary>A sharing rule attached to a device: it names the physical device, not the integration's own records.</summary>
    public const string DevicePolicy = """
        {
          "id": "01JA86H0ZC8X4V7W2B9D1E3G6M",
          "scope": "device",
          "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
          "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
          "physical_device_id": "01JA87J1AD9Y5W8X3C0E2F4H7M",
          "policy_type": "user_sharing",
          "capability": "switchable",
          "config": { "mode": "admin_only", "no_reshare": true },
          "enforcement": "require_approval",
          "enabled": false,
          "created_by": null,
          "created_at": null,
          "updated_at": null,
          "conflict_report": null,
          "steward_user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G"
        }
        """;

    public const string PolicyList = "[" + Curfew + "]";

    public const string DevicePolicyList = "[" + DevicePolicy + "]";

    /// <summary>Every field of the combined rules set, plus one this SDK does not know.</summary>
    public const string Effective = """
        {
          "timezone": "Asia/Jerusalem",
          "curfew_windows": [ { "start": "23:00", "end": "06:00" }, { "start": "13:00", "end": "14:00" } ],
          "user_sharing_mode": "admin_only",
          "allowed_creator_roles": [ "admin", "manager" ],
          "allowed_entry_kinds": null,
          "allowed_portal_ids": [ "01JA80B4D2E5F6G7H8J9K0M1N2" ],
          "allowed_weekdays": [ 1, 2, 3, 4, 5 ],
          "blackout_dates": [ "2026-09-22" ],
          "max_active_per_user": null,
          "max_doors": 2,
          "max_duration_seconds": 604800,
          "max_uses": 10,
          "no_reshare": true,
          "no_transitive_delegation": false,
          "prohibited_master_door_ids": null,
          "require_expiry": true,
          "require_justification": false,
          "require_photo": false,
          "require_pin": true,
          "require_verified_phone": false,
          "restrict_to_own_listing_doors": false,
          "share_allow_unlimited": false,
          "share_default_max_uses": 1,
          "share_max_duration_seconds": 86400,
          "share_max_uses": 5,
          "quiet_hours_note": "kept as received"
        }
        """;

    public const string PhysicalStatus = """
        {
          "provider_supports_steward": true,
          "has_steward": true,
          "is_steward": false,
          "can_claim": false,
          "is_primary_instance": true,
          "physical_device_id": "01JA87J1AD9Y5W8X3C0E2F4H7M",
          "hardware_id": "shelly:e8db84d1a2c3",
          "admin_status": "admin"
        }
        """;

    /// <summary>A device the server has not registered yet: only the required fields.</summary>
    public const string UnregisteredPhysicalStatus = """
        { "provider_supports_steward": false, "has_steward": false, "is_steward": false, "can_claim": false, "is_primary_instance": true }
        """;

    public const string Overview = """
        {
          "integration": {
            "id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
            "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
            "provider_type": "virtual_access",
            "name": { "en": "Lobby door", "he": "דלת הלובי" },
            "enabled": true,
            "health": "reduced",
            "created_at": "2026-03-14T09:21:07Z"
          },
          "doors_count": 2,
          "listings_count": 12,
          "visible_listings_count": 10,
          "people_count": 34,
          "invitations_count": 5,
          "portals_count": 1,
          "portals": [ { "id": "01JA80B4D2E5F6G7H8J9K0M1N2", "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H" } ],
          "directory_device_id": "01JA85G9YB7W3T6U1A8C0D2F5J",
          "devices": { "total": 3, "unresolved": 1, "openers": 2, "lights": 1, "cameras": 0 },
          "policies_count": 2
        }
        """;

    /// <summary>An overview for a caller who may not list devices or policies: both left out.</summary>
    public const string RestrictedOverview = """
        {
          "integration": { "id": "01JA7ZK3QH8V6XW2M9C4RT5N0B", "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA", "provider_type": "virtual_access", "name": { "en": "Lobby door" }, "enabled": true, "health": "ok" },
          "doors_count": 0, "listings_count": 0, "visible_listings_count": 0, "people_count": 0, "invitations_count": 0, "portals_count": 1,
          "portals": [ { "id": "01JA80B4D2E5F6G7H8J9K0M1N2", "device_id": null } ],
          "devices": null
        }
        """;

    public const string AccessDevices = """
        {
          "openers": [
            {
              "device_id": "01JA88K2BE0Z6X9Y4D1F3G5J8N",
              "name": { "en": "Relay board", "he": "לוח ממסרים" },
              "integration_id": "01JA7ZM0A1B2C3D4E5F6G7H8J9",
              "external_id": "shelly-e8db84d1a2c3",
              "deleted": false,
              "created_at": "2026-02-01T10:00:00Z",
              "entities": [
                {
                  "entity_id": "01JA83E7WZ5T1R4S9Y6A8B0D3F",
                  "name": "Relay 1",
                  "entity_type": "switch",
                  "label": "Main door",
                  "doors": [ { "door_device_id": "01JA85G9YB7W3T6U1A8C0D2F5H", "name": { "en": "Main door" } } ]
                }
              ],
              "doors": [
                {
                  "door_device_id": "01JA85G9YB7W3T6U1A8C0D2F5H",
                  "name": { "en": "Main door" },
                  "life_safety": { "class": "fire_exit", "attestation": { "by": "inspector", "at": "2026-01-10" } }
                }
              ]
            }
          ],
          "lights": [
            {
              "device_id": "01JA88K2BE0Z6X9Y4D1F3G5J8P",
              "name": { "en": "Lobby light" },
              "integration_id": "01JA7ZM0A1B2C3D4E5F6G7H8J9",
              "deleted": true,
              "entities": [ { "entity_id": "01JA83E7WZ5T1R4S9Y6A8B0D3G", "name": "Light", "entity_type": "light", "doors": [] } ],
              "doors": [ { "door_device_id": "01JA85G9YB7W3T6U1A8C0D2F5H", "name": { "en": "Main door" }, "auto_off_config": { "after_seconds": 120 }, "life_safety": null } ]
            }
          ],
          "cameras": [],
          "unresolved": [
            {
              "role": "camera",
              "reference": "01JA88K2BE0Z6X9Y4D1F3G5J8Q",
              "reason": "device_missing",
              "doors": [ { "door_device_id": "01JA85G9YB7W3T6U1A8C0D2F5H", "name": { "en": "Main door" } } ]
            }
          ]
        }
        """;

    public const string Readiness = """
        {
          "severity": "partial",
          "usable": true,
          "sections": [
            { "section": "doors", "severity": "ok", "blocking_count": 0, "incomplete_count": 0, "issues": [] },
            {
              "section": "portals",
              "severity": "partial",
              "blocking_count": 1,
              "incomplete_count": 1,
              "issues": [
                { "code": "portal_no_door", "severity": "blocking", "subject": { "kind": "portal", "id": "01JA80B4D2E5F6G7H8J9K0M1N2" } },
                { "code": "portal_no_directory", "severity": "incomplete", "subject": { "kind": "portal", "id": "01JA80B4D2E5F6G7H8J9K0M1N2" } }
              ]
            },
            {
              "section": "people",
              "severity": "incomplete",
              "blocking_count": 0,
              "incomplete_count": 1,
              "issues": [ { "code": "site_no_people", "severity": "incomplete", "subject": null } ]
            }
          ],
          "suppressed_sections": [ "virtual_intercom" ]
        }
        """;

    /// <summary>
    /// Readiness from a server newer than the SDK: a section, severity, issue code and subject kind the bundle does not
    /// list (so it is served without the schema check), and an unresolved reference of an unknown role and reason.
    /// </summary>
    public const string ReadinessFromANewerServer = """
        {
          "severity": "advisory",
          "usable": true,
          "sections": [
            {
              "section": "parking",
              "severity": "advisory",
              "blocking_count": 0,
              "incomplete_count": 0,
              "issues": [ { "code": "parking_no_gate", "severity": "advisory", "subject": { "kind": "gate", "id": "g1" } } ]
            }
          ],
          "suppressed_sections": [ "doors", "elevators" ]
        }
        """;

    public const string AccessDevicesFromANewerServer = """
        {
          "openers": [], "lights": [], "cameras": [], "intercoms": [],
          "unresolved": [ { "role": "intercom", "reference": "01JA83E7WZ5T1R4S9Y6A8B0D3H", "reason": "entity_archived", "doors": [] } ]
        }
        """;
}
