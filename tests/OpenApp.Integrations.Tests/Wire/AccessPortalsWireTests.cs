using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the access-portal operations.</summary>
public sealed class AccessPortalsWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string PortalId = Samples.PortalId;
    private readonly WireMockFixture _fake;

    public AccessPortalsWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_access_portals")]
    public async Task List_decodes_the_items_and_total_as_one_page()
    {
        await _fake.RespondAsync("list_integration_access_portals", 200, Samples.PortalList);
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.AccessPortals.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_access_portals", "GET", $"/integrations/{Id}/access-portals", TestKeys.Org, jsonBody: null);
        var portals = page.Items;
        Assert.Equal(2, page.Total);
        Assert.False(page.HasMore);
        Assert.Equal(2, portals.Count);
        Assert.Equal(PortalId, portals[0].Id);
        Assert.Equal(Samples.PortalPublicId, portals[0].PublicId);
        Assert.Equal("דלת הלובי", portals[0].Name["he"]);
        Assert.Equal(Samples.DoorDeviceId, portals[0].DeviceId);
        Assert.Equal(Samples.DirectoryDeviceId, portals[0].DirectoryId);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 11, 2, 40, TimeSpan.Zero), portals[0].UpdatedAt);
        Assert.Null(portals[1].DeviceId);
        Assert.Null(portals[1].UpdatedAt);
        Assert.Equal("Bike room", portals[1].Name.Get("he"));
    }

    [Fact]
    [Trait("operationId", "list_integration_access_portals")]
    public async Task ListAll_makes_one_request_when_enumerated_and_none_before()
    {
        await _fake.RespondAsync("list_integration_access_portals", 200, Samples.PortalList);
        using var client = _fake.CreateClient();

        var walk = client.Integrations.AccessPortals.ListAllAsync(Id);
        Assert.Empty(_fake.Server.LogEntries);
        var ids = new List<string>();
        await foreach (var portal in walk)
        {
            ids.Add(portal.Id);
        }

        Assert.Equal(new[] { PortalId, "01JA80B4D2E5F6G7H8J9K0M1N3" }, ids);
        await _fake.AssertSingleCallAsync(
            "list_integration_access_portals", "GET", $"/integrations/{Id}/access-portals", TestKeys.Org, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "create_integration_access_portal")]
    public async Task Create_sends_the_localized_name_as_a_flat_map_and_the_device()
    {
        await _fake.RespondAsync("create_integration_access_portal", 200, Samples.CreatedPortal);
        using var client = _fake.CreateClient();

        var created = (await client.Integrations.AccessPortals.CreateAsync(
            Id,
            new CreateAccessPortalRequest
            {
                Name = new LocalizedString(new Dictionary<string, string> { ["en"] = "Lobby door", ["he"] = "דלת הלובי" }),
                DeviceId = Samples.DoorDeviceId,
            })).Value;

        await _fake.AssertSingleCallAsync(
            "create_integration_access_portal",
            "POST",
            $"/integrations/{Id}/access-portals",
            TestKeys.Org,
            """{"name": {"en": "Lobby door", "he": "דלת הלובי"}, "device_id": "01JA85G9YB7W3T6U1A8C0D2F5H"}""");
        Assert.Equal(PortalId, created.Id);
        Assert.Equal(Samples.PortalPublicId, created.PublicId);
        Assert.Equal("Lobby door", created.Name["en"]);
        Assert.Equal(Samples.DoorDeviceId, created.DeviceId);
        Assert.Null(created.DirectoryId);
    }

    [Fact]
    [Trait("operationId", "create_integration_access_portal")]
    public async Task Create_with_a_plain_string_name_and_no_device_sends_just_the_string()
    {
        await _fake.RespondAsync("create_integration_access_portal", 200, Samples.CreatedPortal);
        using var client = _fake.CreateClient();

        await client.Integrations.AccessPortals.CreateAsync(Id, new CreateAccessPortalRequest { Name = "Bike room" });

        await _fake.AssertSingleCallAsync(
            "create_integration_access_portal", "POST", $"/integrations/{Id}/access-portals", TestKeys.Org, """{"name": "Bike room"}""");
    }

    [Fact]
    [Trait("operationId", "get_access_portal_by_id")]
    public async Task Get_by_portal_id_uses_the_top_level_route_and_decodes_the_owner()
    {
        await _fake.RespondAsync("get_access_portal_by_id", 200, Samples.PortalWithIntegration);
        using var client = _fake.CreateClient();

        var portal = (await client.Integrations.AccessPortals.GetAsync(PortalId)).Value;

        await _fake.AssertSingleCallAsync(
            "get_access_portal_by_id", "GET", $"/integrations/access-portals/{PortalId}", TestKeys.Org, jsonBody: null);
        Assert.Equal(Samples.IntegrationId, portal.IntegrationId);
        Assert.Equal(PortalId, portal.Id);
        Assert.Equal("דלת הלובי", portal.Name["he"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero), portal.CreatedAt);
    }

    [Fact]
    [Trait("operationId", "update_integration_access_portal")]
    public async Task Update_with_a_name_sends_only_the_name()
    {
        await _fake.RespondAsync("update_integration_access_portal", 200, Samples.Portal);
        using var client = _fake.CreateClient();

        var portal = (await client.Integrations.AccessPortals.UpdateAsync(
            Id, PortalId, new UpdateAccessPortalRequest { Name = LocalizedString.FromLocale("he", "דלת הלובי") })).Value;

        // Renaming must not unlink the door or the directory: device_id and directory_id are left out.
        await _fake.AssertSingleCallAsync(
            "update_integration_access_portal",
            "PUT",
            $"/integrations/{Id}/access-portals/{PortalId}",
            TestKeys.Org,
            """{"name": {"he": "דלת הלובי"}}""");
        Assert.Equal(Samples.DoorDeviceId, portal.DeviceId);
    }

    [Fact]
    [Trait("operationId", "update_integration_access_portal")]
    public async Task Update_with_device_id_null_sends_null_to_unlink_the_door_and_keeps_the_directory()
    {
        await _fake.RespondAsync("update_integration_access_portal", 200, Samples.Portal.Replace("\"01JA85G9YB7W3T6U1A8C0D2F5H\"", "null", StringComparison.Ordinal));
        using var client = _fake.CreateClient();

        var portal = (await client.Integrations.AccessPortals.UpdateAsync(Id, PortalId, new UpdateAccessPortalRequest { DeviceId = null })).Value;

        await _fake.AssertSingleCallAsync(
            "update_integration_access_portal",
            "PUT",
            $"/integrations/{Id}/access-portals/{PortalId}",
            TestKeys.Org,
            """{"device_id": null}""");
        Assert.Null(portal.DeviceId);
        Assert.Equal(Samples.DirectoryDeviceId, portal.DirectoryId);
    }

    [Fact]
    [Trait("operationId", "update_integration_access_portal")]
    public async Task Update_links_another_directory_and_renames_with_a_plain_string()
    {
        await _fake.RespondAsync("update_integration_access_portal", 200, Samples.Portal);
        using var client = _fake.CreateClient();

        await client.Integrations.AccessPortals.UpdateAsync(
            Id, PortalId, new UpdateAccessPortalRequest { Name = "Lobby", DirectoryId = Samples.DirectoryDeviceId });

        await _fake.AssertSingleCallAsync(
            "update_integration_access_portal",
            "PUT",
            $"/integrations/{Id}/access-portals/{PortalId}",
            TestKeys.Org,
            """{"name": "Lobby", "directory_id": "01JA85G9YB7W3T6U1A8C0D2F5J"}""");
    }

    [Fact]
    [Trait("operationId", "delete_integration_access_portal")]
    public async Task Delete_sends_delete_without_a_body()
    {
        await _fake.RespondAsync("delete_integration_access_portal", 200, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.AccessPortals.DeleteAsync(Id, PortalId);

        await _fake.AssertSingleCallAsync(
            "delete_integration_access_portal", "DELETE", $"/integrations/{Id}/access-portals/{PortalId}", TestKeys.Org, jsonBody: null);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    [Trait("operationId", "list_deleted_integration_access_portals")]
    public async Task ListDeleted_unwraps_the_portals_envelope()
    {
        await _fake.RespondAsync("list_deleted_integration_access_portals", 200, InviteSamples.DeletedPortals);
        using var client = _fake.CreateClient();

        var deleted = (await client.Integrations.AccessPortals.ListDeletedAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_deleted_integration_access_portals", "GET", $"/integrations/{Id}/access-portals/deleted", TestKeys.Org, jsonBody: null);
        var portal = Assert.Single(deleted);
        Assert.Equal("01JA80B4D2E5F6G7H8J9K0M1N3", portal.Id);
        Assert.Equal("Bike room", portal.Name.Get("en"));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero), portal.DeletedAt);
    }

    [Fact]
    [Trait("operationId", "list_deleted_integration_access_portals")]
    public async Task ListDeleted_with_none_is_an_empty_list()
    {
        await _fake.RespondAsync("list_deleted_integration_access_portals", 200, """{ "portals": [] }""");
        using var client = _fake.CreateClient();

        var deleted = await client.Integrations.AccessPortals.ListDeletedAsync(Id);

        Assert.True(deleted.HasValue);
        Assert.Empty(deleted.Value);
    }

    [Fact]
    [Trait("operationId", "restore_integration_access_portal")]
    public async Task Restore_posts_without_a_body_and_decodes_the_portal()
    {
        await _fake.RespondAsync("restore_integration_access_portal", 200, Samples.Portal);
        using var client = _fake.CreateClient();

        var restored = (await client.Integrations.AccessPortals.RestoreAsync(Id, PortalId)).Value;

        var request = await _fake.AssertSingleCallAsync(
            "restore_integration_access_portal", "POST", $"/integrations/{Id}/access-portals/{PortalId}/restore", TestKeys.Org, jsonBody: null);
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(PortalId, restored.Id);
        Assert.Null(restored.DeletedAt);
        Assert.Equal(Samples.DoorDeviceId, restored.DeviceId);
    }

    [Fact]
    public async Task Restore_with_a_blank_portal_id_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.AccessPortals.RestoreAsync(Id, "  "));

        Assert.Equal("portalId", ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }
}
