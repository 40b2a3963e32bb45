using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The whole life of an integration through the SDK, against the fake, with its state checked at each step.</summary>
public class LifecycleTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public LifecycleTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task An_integration_lives_from_create_to_purge()
    {
        using var client = _server.CreateClient();
        var api = client.Integrations;

        // Create: org_id is filled in from the client; demo devices come with virtual_access.
        var created = (await api.CreateAsync(new CreateIntegrationRequest
        {
            ProviderType = "virtual_access",
            Name = new LocalizedString(new Dictionary<string, string> { ["en"] = "Lobby", ["he"] = "לובי" }),
            Config = Json.Parse("""{"site": "north"}"""),
            Secrets = Json.Parse("""{"pin": "1234"}"""),
        })).Value;
        Assert.Equal(FakeOpenAppServer.DefaultOrganizationId, created.OrgId);
        Assert.Equal(ProviderType.VirtualAccess, created.ProviderType);
        Assert.Equal("Virtual access", created.ProviderTypeName.Get("en"));
        Assert.True(created.Enabled);
        Assert.Equal(IntegrationHealth.Ok, created.Health);

        // Read and rename: the rename keeps config and secrets.
        Assert.Equal("לובי", (await api.GetAsync(created.Id)).Value.Name["he"]);
        var renamed = (await api.UpdateAsync(created.Id, new UpdateIntegrationRequest { Name = LocalizedString.FromLocale("en", "Main lobby") })).Value;
        Assert.Equal("Main lobby", renamed.Name.Get("en"));
        Assert.Equal("north", renamed.Config!.Value.GetProperty("site").GetString());
        Assert.True(_server.FindIntegration(created.Id)!.HasSecrets);

        // List, filter and search (q matches any locale of the name, case-insensitively).
        _server.SeedIntegrations(3, providerType: ProviderType.ShellyCloud, namePrefix: "Shelly");
        Assert.Equal(4, (await api.ListAsync()).Value.Total);
        Assert.Equal(3, (await api.ListAsync(new ListIntegrationsOptions { ProviderType = ProviderType.ShellyCloud })).Value.Total);
        Assert.Equal(created.Id, Assert.Single((await api.ListAsync(new ListIntegrationsOptions { Query = "MAIN" })).Value.Items).Id);
        Assert.Empty((await api.ListAsync(new ListIntegrationsOptions { Query = "לובי" })).Value.Items);

        // Provider types and definitions need no organization.
        using (var noOrg = _server.CreateClient(organizationId: null))
        {
            Assert.Contains("homeassistant", (await noOrg.Integrations.ListProviderTypesAsync()).Value.Keys);
            var definition = (await noOrg.Integrations.GetProviderDefinitionAsync(ProviderType.VirtualAccess)).Value;
            Assert.True(definition.GetProperty("capabilities").GetProperty("ops").GetBoolean());
        }

        // Devices: metadata schema, discovery, entities with a type filter.
        Assert.Equal(ProviderType.VirtualAccess, (await api.GetDeviceMetadataSchemaAsync(created.Id)).Value.ProviderType);
        Assert.Equal(3, (await api.GetDiscoveredDevicesAsync(created.Id)).Value.GetProperty("devices").GetArrayLength());
        var entities = (await api.ListEntitiesAsync(created.Id)).Value;
        Assert.Equal(3, entities.Total);
        var doors = (await api.ListEntitiesAsync(created.Id, new ListEntitiesOptions { EntityTypes = { EntityType.Door } })).Value;
        Assert.Equal(2, doors.Total);
        var door = doors.Items[0];

        // Ops: open a door; sync queues a LAN-agent task.
        var ops = (await api.ListOpsAsync(created.Id)).Value.GetProperty("ops");
        Assert.Equal("sync_devices", ops[0].GetProperty("id").GetString());
        var opened = (await api.RunOpAsync(created.Id, "open_door", Json.Parse($$"""{"entity_id": "{{door.Id}}"}"""))).Value;
        Assert.False(opened.IsPendingApproval);
        Assert.Equal(door.Id, opened.Result.GetProperty("result").GetProperty("entity_id").GetString());
        var sync = (await api.RunOpAsync(created.Id, "sync_devices")).Value;
        var taskId = sync.Result.GetProperty("result").GetProperty("task_id").GetString()!;

        // Portals: create linked to the door device, read by id alone, unlink with an explicit null.
        var portals = api.AccessPortals;
        var portal = (await portals.CreateAsync(created.Id, new CreateAccessPortalRequest { Name = "Front door", DeviceId = door.DeviceId })).Value;
        Assert.StartsWith("pp_", portal.PublicId);
        Assert.Equal(created.Id, (await portals.GetAsync(portal.Id)).Value.IntegrationId);
        var renamedPortal = (await portals.UpdateAsync(created.Id, portal.Id, new UpdateAccessPortalRequest { Name = "Main door" })).Value;
        Assert.Equal(door.DeviceId, renamedPortal.DeviceId);
        var unlinked = (await portals.UpdateAsync(created.Id, portal.Id, new UpdateAccessPortalRequest { DeviceId = null })).Value;
        Assert.Null(unlinked.DeviceId);
        Assert.Single((await portals.ListAsync(created.Id)).Value.Items);

        // Invites: create (validity from its schedule), update, restore only what is revoked, delete for good.
        var invites = api.AccessInvites;
        var invite = (await invites.CreateAsync(created.Id, new CreateAccessInviteRequest
        {
            PortalIds = { portal.Id },
            Name = "Plumber",
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "24h" } },
        })).Value;
        Assert.Equal(InviteScheduleKind.SingleWindow, invite.ScheduleKind);
        Assert.Equal(portal.Id, Assert.Single(invite.GrantedPortals).Id);
        Assert.Equal(86400, invite.Schedule.SlotDurationSeconds);
        Assert.NotNull(invite.InviteToken);
        Assert.Equal(LocationBindingMode.Inherit, invite.LocationMode);
        Assert.Equal(7, (await invites.UpdateAsync(created.Id, invite.InviteLinkId, new UpdateAccessInviteRequest { MaxUses = 7 })).Value.MaxUses);
        Assert.Equal("active", Assert.Single((await invites.ListAsync(created.Id)).Value.Items).State);
        var notRevoked = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => invites.RestoreAsync(created.Id, invite.InviteLinkId));
        Assert.Equal("invite_not_revoked", notRevoked.ErrorCode);
        await invites.DeleteAsync(created.Id, invite.InviteLinkId);
        Assert.Empty((await invites.ListAsync(created.Id)).Value.Items);

        // People: 201 and 204.
        var people = api.People;
        Assert.Equal(201, (await people.AddAsync(created.Id, new AddBuildingUserPayload { UserId = "user-1", Role = "resident" })).Status);
        Assert.Equal("user-1", (await people.ListAsync(created.Id)).Value.GetProperty("items")[0].GetProperty("user_id").GetString());
        Assert.Equal(204, (await people.DeleteAsync(created.Id, "user-1")).Status);

        // LAN agent: the queued task, then its spec (which delivers it).
        var agent = api.LanAgent;
        Assert.Equal(taskId, (await agent.ListTasksAsync(created.Id)).Value.GetProperty("task_ids")[0].GetString());
        var spec = (await agent.SubmitTaskSpecAsync(created.Id, new LanAgentTaskSpecRequest { TaskId = taskId, LanProtocolVersion = 3, Payload = Json.Parse("{}") })).Value;
        Assert.Equal("sync_devices", spec.Spec.GetProperty("kind").GetString());
        Assert.Equal(0, (await agent.ListTasksAsync(created.Id)).Value.GetProperty("task_ids").GetArrayLength());

        // Zones, image.
        var zones = (await api.Zones.ListAsync(created.Id)).Value.Items;
        Assert.Equal(new[] { "Building", "Lobby" }, zones.Select(z => z.Name.Get("en")));
        Assert.Equal(zones[0].Id, zones[1].ParentZoneId);
        var image = (await api.UploadImageAsync(created.Id, TestImages.Png, "lobby.png")).Value;
        Assert.StartsWith(_server.BaseUrl.AbsoluteUri + "images/", image.Url);
        Assert.EndsWith(".png", image.Url);
        Assert.Equal(3600, image.ExpiresInSeconds);

        // Restore needs a soft-deleted integration; purge removes it for good.
        _server.SoftDeleteIntegration(created.Id);
        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => api.GetAsync(created.Id));
        Assert.NotNull((await api.GetAsync(created.Id, new ReadOptions { IncludeDeleted = true })).Value.DeletedAt);
        Assert.Null((await api.RestoreAsync(created.Id)).Value.DeletedAt);
        var purged = (await api.PurgeAsync(created.Id)).Value;
        Assert.Equal(created.Id, purged.Id);
        Assert.Null(_server.FindIntegration(created.Id));
        var gone = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => api.GetAsync(created.Id, new ReadOptions { IncludeDeleted = true }));
        Assert.Equal(404, gone.Status);

        // Every answer above matched the bundle (the fake checks its own responses) and nothing failed.
        Assert.All(_server.Requests, r => Assert.True(r.ResponseStatus is >= 200 and < 300 || r.ResponseStatus is 400 or 404, r.ToString()));
    }

    [Fact]
    public async Task Restore_of_a_live_integration_is_422_and_of_a_soft_deleted_one_brings_it_back_to_lists()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { Name = "Old wing", Deleted = true });
        var live = _server.SeedIntegration(new FakeIntegrationSeed { Name = "New wing" });

        Assert.Equal(1, (await client.Integrations.ListAsync()).Value.Total);
        Assert.Equal(id, Assert.Single((await client.Integrations.ListAsync(new ListIntegrationsOptions { OnlyDeleted = true })).Value.Items).Id);
        Assert.Equal(2, (await client.Integrations.ListAsync(new ListIntegrationsOptions { IncludeDeleted = true })).Value.Total);

        var notDeleted = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RestoreAsync(live));
        Assert.Equal(422, notDeleted.Status);
        Assert.Equal("not_deleted", notDeleted.ErrorCode);

        await client.Integrations.RestoreAsync(id);
        Assert.Equal(2, (await client.Integrations.ListAsync()).Value.Total);
    }

    [Fact]
    public async Task Seeded_entities_and_zones_are_served_with_their_metadata_and_paged()
    {
        using var client = _server.CreateClient();
        var seed = new FakeIntegrationSeed { ProviderType = ProviderType.HomeAssistant, Name = "Home" };
        seed.Zones.Add(new FakeZoneSeed { Id = "zone-1", Name = "Ground floor" });
        seed.Zones.Add(new FakeZoneSeed { Id = "zone-2", Name = "Attic", Deleted = true });
        seed.Entities.Add(new FakeEntitySeed { Id = "e-1", EntityType = EntityType.Light, Name = "Hall light", ZoneId = "zone-1", Metadata = new Dictionary<string, string> { ["model"] = "x" } });
        seed.Entities.Add(new FakeEntitySeed { Id = "e-2", EntityType = EntityType.Sensor, Name = "Hall sensor", ZoneId = "zone-1" });
        var id = _server.SeedIntegration(seed);

        var entities = (await client.Integrations.ListEntitiesAsync(id)).Value;
        Assert.Equal(new[] { "e-1", "e-2" }, entities.Items.Select(e => e.Id));
        Assert.Equal("x", entities.Items[0].Metadata!["model"]);
        Assert.Null(entities.Items[1].Metadata);
        Assert.Equal("Hall light", entities.Items[0].Name);

        Assert.Equal("zone-1", Assert.Single((await client.Integrations.Zones.ListAsync(id)).Value.Items).Id);
        Assert.Equal("zone-2", Assert.Single((await client.Integrations.Zones.ListAsync(id, new ListZonesOptions { OnlyDeleted = true })).Value.Items).Id);
        Assert.Equal(2, (await client.Integrations.Zones.ListAsync(id, new ListZonesOptions { IncludeDeleted = true, Limit = 1 })).Value.Total);
    }
}
