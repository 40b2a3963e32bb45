using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>
/// The fake's site view of a <c>virtual_access</c> integration, computed from its entities, zones, portals, invites,
/// people and policies (every answer is also checked against the bundle by the fake itself).
/// </summary>
public class SiteTests : IClassFixture<FakeServerFixture>
{
    private const string Lobby = "01JZONE0000000000000000001";
    private const string MainDoor = "01JDOOR0000000000000000001";
    private const string ServiceDoor = "01JDOOR0000000000000000002";
    private const string RemovedDoor = "01JDOOR0000000000000000003";
    private const string GhostDoor = "01JDOOR0000000000000000004";
    private const string LobbyLight = "01JLIGHT000000000000000001";
    private const string LobbyCamera = "01JCAMERA00000000000000001";
    private const string Directory = "01JDIRECTORY00000000000001";
    private readonly FakeOpenAppServer _server;

    public SiteTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task Only_a_virtual_access_integration_is_a_site()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { ProviderType = ProviderType.ShellyCloud });

        var error = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.Site.GetReadinessAsync(id));

        Assert.Equal("not_virtual_access", error.ErrorCode);
        await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.Site.GetOverviewAsync(id));
        await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.Site.GetAccessDevicesAsync(id));
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.ForOrganization(FakeOpenAppServer.OtherOrganizationId).Integrations.Site.GetOverviewAsync(id));
    }

    [Fact]
    public async Task An_empty_site_is_not_usable_and_says_why()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();

        var readiness = (await client.Integrations.Site.GetReadinessAsync(id)).Value;
        var overview = (await client.Integrations.Site.GetOverviewAsync(id)).Value;

        Assert.Equal(ReadinessSeverity.Blocking, readiness.Severity);
        Assert.False(readiness.Usable);
        Assert.Equal(new[] { ReadinessSection.VirtualIntercom }, readiness.SuppressedSections);
        Assert.Equal(
            new[] { "doors:blocking:site_no_doors", "portals:blocking:site_no_portals", "people:incomplete:site_no_people" },
            readiness.Sections.SelectMany(s => s.Issues.Select(i => $"{s.Section}:{s.Severity}:{i.Code}")));
        Assert.All(readiness.Sections.SelectMany(s => s.Issues), i => Assert.Null(i.Subject));
        Assert.Equal((0L, 0L, 0L), (overview.DoorsCount, overview.PortalsCount, overview.Devices!.Total));
        Assert.Equal(0, overview.PoliciesCount);
        Assert.Equal(id, overview.Integration.Id);
    }

    [Fact]
    public async Task The_overview_counts_what_the_site_has()
    {
        using var client = _server.CreateClient();
        var id = await SeedSiteAsync(client);

        var overview = (await client.Integrations.Site.GetOverviewAsync(id)).Value;

        Assert.Equal(2, overview.DoorsCount);
        Assert.Equal((2L, 1L), (overview.ListingsCount, overview.VisibleListingsCount));
        Assert.Equal(1, overview.PeopleCount);
        Assert.Equal(1, overview.InvitationsCount);
        Assert.Equal(4, overview.PortalsCount);
        Assert.Equal(new[] { MainDoor, RemovedDoor, GhostDoor, null }, overview.Portals.Select(p => p.DeviceId));
        Assert.Equal(Directory, overview.DirectoryDeviceId);
        var devices = overview.Devices!;
        Assert.Equal((6L, 3L, 1L, 1L, 1L), (devices.Total, devices.Openers, devices.Lights, devices.Cameras, devices.Unresolved));
        Assert.Equal(1, overview.PoliciesCount);
    }

    [Fact]
    public async Task Access_devices_group_the_hardware_by_the_role_it_plays_for_the_doors()
    {
        using var client = _server.CreateClient();
        var id = await SeedSiteAsync(client);

        var devices = (await client.Integrations.Site.GetAccessDevicesAsync(id)).Value;

        Assert.Equal(new[] { (MainDoor, false), (ServiceDoor, false), (RemovedDoor, true) }, devices.Openers.Select(o => (o.DeviceId, o.Deleted)));
        var main = devices.Openers[0];
        Assert.Equal("Main door", main.Name.Get("en"));
        Assert.Equal(id, main.IntegrationId);
        var opener = Assert.Single(main.Entities);
        Assert.Equal((EntityType.Door, "Front gate"), (opener.EntityType, opener.Label));
        Assert.Equal(MainDoor, Assert.Single(opener.Doors).DoorDeviceId);

        var light = Assert.Single(devices.Lights);
        Assert.Equal(LobbyLight, light.DeviceId);
        Assert.Equal(MainDoor, Assert.Single(light.Doors).DoorDeviceId);
        Assert.Equal(MainDoor, Assert.Single(Assert.Single(light.Entities).Doors).DoorDeviceId);
        var camera = Assert.Single(devices.Cameras);
        Assert.Equal(LobbyCamera, camera.DeviceId);
        Assert.Empty(camera.Entities);

        var unresolved = Assert.Single(devices.Unresolved);
        Assert.Equal((SiteAccessDeviceRole.Opener, GhostDoor, SiteAccessUnresolvedReason.DeviceMissing), (unresolved.Role, unresolved.Reference, unresolved.Reason));
        Assert.Equal("Ghost gate", Assert.Single(unresolved.Doors).Name.Get("en"));
    }

    [Fact]
    public async Task Readiness_names_each_door_and_portal_that_is_blocked_or_unfinished()
    {
        using var client = _server.CreateClient();
        var id = await SeedSiteAsync(client);

        var readiness = (await client.Integrations.Site.GetReadinessAsync(id)).Value;

        Assert.Equal(ReadinessSeverity.Partial, readiness.Severity);
        Assert.True(readiness.Usable);
        Assert.Empty(readiness.SuppressedSections);
        var sections = readiness.Sections.ToDictionary(s => s.Section.Value);
        Assert.Equal(new[] { "doors", "portals", "virtual_intercom", "people" }, sections.Keys);
        Assert.Equal(
            new[] { $"door_no_portal door {ServiceDoor}", $"door_opener_unresolved door {RemovedDoor}" },
            sections["doors"].Issues.Select(i => $"{i.Code} {i.Subject!.Kind} {i.Subject.Id}").Order(StringComparer.Ordinal));
        Assert.Equal((ReadinessSeverity.Partial, 1, 1), (sections["doors"].Severity, sections["doors"].BlockingCount, sections["doors"].IncompleteCount));
        Assert.Equal(
            new[] { "portal_door_missing", "portal_door_no_opener", "portal_no_directory", "portal_no_directory", "portal_no_directory", "portal_no_door" },
            sections["portals"].Issues.Select(i => i.Code.Value).Order(StringComparer.Ordinal));
        Assert.Equal((ReadinessSeverity.Partial, 3, 3), (sections["portals"].Severity, sections["portals"].BlockingCount, sections["portals"].IncompleteCount));
        Assert.Equal(ReadinessSeverity.Ok, sections["virtual_intercom"].Severity);
        Assert.Equal(ReadinessSeverity.Ok, sections["people"].Severity);
    }

    /// <summary>
    /// A site with a main door (portal with directory, lobby light and camera), a service door without a portal, a door
    /// whose door entity is deleted but a portal still links it, a portal to a device that does not exist, a portal
    /// with no door, two directory listings (one hidden), one person, one invite and one policy.
    /// </summary>
    private async Task<string> SeedSiteAsync(OpenAppClient client)
    {
        var seed = new FakeIntegrationSeed();
        seed.Zones.Add(new FakeZoneSeed { Id = Lobby, Name = "Lobby" });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = MainDoor, Name = "Main door", ZoneId = Lobby });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = ServiceDoor, Name = "Service door" });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = RemovedDoor, Name = "Old door", Deleted = true });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = LobbyLight, EntityType = EntityType.Light, Name = "Lobby light", ZoneId = Lobby });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = "01JLIGHT000000000000000002", EntityType = EntityType.Light, Name = "Garden light" });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = LobbyCamera, EntityType = new EntityType("camera"), Name = "Lobby camera", ZoneId = Lobby });
        seed.Entities.Add(new FakeEntitySeed { DeviceId = Directory, EntityType = EntityType.DirectoryListing, Name = "Apartment 1" });
        seed.Entities.Add(new FakeEntitySeed
        {
            DeviceId = Directory,
            EntityType = EntityType.DirectoryListing,
            Name = "Apartment 2",
            EntityMetadata = new Dictionary<string, string> { ["visible"] = "false" },
        });
        seed.BuildingUsers["01JUSER0000000000000000001"] = "resident";
        var id = _server.SeedIntegration(seed);

        var portals = client.Integrations.AccessPortals;
        var front = (await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Front gate", DeviceId = MainDoor, DirectoryId = Directory })).Value;
        await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Old gate", DeviceId = RemovedDoor });
        await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Ghost gate", DeviceId = GhostDoor });
        await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Unlinked gate" });
        await client.Integrations.AccessInvites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { front.Id },
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "1d" } },
        });
        await client.Integrations.Policies.CreateAsync(id, new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse("""{"mode": "all"}""") });
        return id;
    }
}
