namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Response bodies of the transfer, image, Waveshare, channel-count, location and directory operations, shaped after
/// the bundle's schemas (the wire tests validate each against the operation's response schema before serving it).
/// </summary>
public static class LifecycleSamples
{
    public const string TargetOrg = TestKeys.OtherOrg;
    public const string CopyId = "01JA90H0ZC8X4V7W2B9D1E3G6K";
    public const string SourceIntegrationId = "01JA90H0ZC8X4V7W2B9D1E3G6M";
    public const string LocationId = "01JA91J1AD9Y5W8X3C0E2F4H7N";

    public const string TransferPreview = """
        {
          "source_org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
          "mode": "duplicate",
          "affected": {
            "devices": 2, "zones": 2, "entities": 3, "access_portals": 1, "directory_listing_members": 4,
            "invite_links": 1, "invite_claims": 0, "renewal_requests": 0, "sessions": 0
          },
          "warnings": ["invite_links_reissued"],
          "notes": ["image_copied"],
          "requires_confirmation": true
        }
        """;

    public const string Transferred = """
        {
          "id": "01JA90H0ZC8X4V7W2B9D1E3G6K",
          "org_id": "01HZX3K9Q7ORGBBBBBBBBBBBBB",
          "provider_type": "virtual_access",
          "provider_type_name": { "en": "Virtual access" },
          "name": { "en": "Lobby door" },
          "enabled": true,
          "health": "ok",
          "config": { "relay": 1 },
          "created_at": "2026-03-16T08:00:00Z",
          "updated_at": "2026-03-16T08:00:00Z",
          "deleted_at": null,
          "purge_at": null,
          "hard_delete_at": null,
          "mode": "duplicate",
          "source_org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
          "target_org_id": "01HZX3K9Q7ORGBBBBBBBBBBBBB",
          "affected": {
            "devices": 2, "zones": 2, "entities": 3, "access_portals": 1, "directory_listing_members": 4,
            "invite_links": 1, "invite_claims": 0, "renewal_requests": 0, "sessions": 0
          },
          "warnings": ["invite_links_reissued"]
        }
        """;

    public const string ImageUrl = """
        { "url": "https://cdn.openapp.house/integrations/01JA7ZK3QH8V6XW2M9C4RT5N0B/image.png?sig=9c1e", "expires_in_seconds": 900 }
        """;

    public const string ProvisioningStatus = """
        {
          "stale": true,
          "stored": {
            "mqtt_client_id": "waveshare-01ja7zk3", "mqtt_username": "org-a", "mqtt_password": "old-pass",
            "mqtt_subscribe_topic": "openapp/org-a/01ja7zk3/in", "mqtt_publish_topic": "openapp/org-a/01ja7zk3/out"
          },
          "current": {
            "mqtt_client_id": "waveshare-01ja7zk3", "mqtt_username": "org-a", "mqtt_password": "new-pass",
            "mqtt_subscribe_topic": "openapp/org-a/01ja7zk3/in", "mqtt_publish_topic": "openapp/org-a/01ja7zk3/out"
          },
          "diff": [ { "key": "mqtt_password", "stored": "old-pass", "current": "new-pass" } ]
        }
        """;

    public const string ChannelCounts = """
        {
          "devices": [
            { "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H", "channel_count": 2, "previous_channel_count": 1 }
          ]
        }
        """;

    public const string ProviderUsers = """
        {
          "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B",
          "items": [
            {
              "external_id": "gate-user-17", "display_name": "Dana Levi", "email": "dana@example.com", "phone": null,
              "is_admin": false, "last_seen_at": "2026-03-14T18:30:00Z", "status": "linked",
              "openapp_user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G", "pending_invitation_id": null, "unmanaged": false
            },
            { "external_id": "gate-user-18", "display_name": "Installer", "status": "unlinked", "unmanaged": true }
          ],
          "unmanaged_count": 1,
          "directory_limited": null
        }
        """;

    public const string ListingMembers = """
        {
          "01JA83E7WZ5T1R4S9Y6A8B0D3F": [ { "user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G", "display_name": "Dana Levi", "role": "resident" } ],
          "01JA83E7WZ5T1R4S9Y6A8B0D3G": []
        }
        """;

    public const string Location = """
        {
          "id": "01JA91J1AD9Y5W8X3C0E2F4H7N",
          "kind": "address",
          "formatted_address": { "en": "12 Harbor Street, Haifa", "he": "רחוב הנמל 12, חיפה" },
          "city": { "en": "Haifa" },
          "country": { "en": "Israel" },
          "lat": 32.8191,
          "lng": 34.9983,
          "notes": null,
          "image_url": null,
          "geocoding_provider": "google",
          "provider_place_id": "ChIJ1234",
          "source": { "owner_kind": "integration", "owner_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B" },
          "is_relevant": true,
          "is_bound_here": false,
          "usage_count": 3
        }
        """;

    public static readonly string LocationPage = "{\"items\": [" + Location + "], \"total\": 1}";
}
