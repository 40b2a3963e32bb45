using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the site operations of a <c>virtual_access</c> integration; all three carry <c>X-Org</c>.</summary>
public sealed class SiteWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public SiteWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "get_site_access_overview")]
    public async Task Overview_is_read_with_the_organization_and_decodes_counts_portals_and_devices()
    {
        await _fake.RespondAsync("get_site_access_overview", 200, PolicySamples.Overview);
        using var client = _fake.CreateClient();

        var overview = (await client.Integrations.Site.GetOverviewAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("get_site_access_overview", "GET", $"/integrations/{Id}/access-overview", TestKeys.Org, jsonBody: null);
        Assert.Equal(Id, overview.Integration.Id);
        Assert.Equal(ProviderType.VirtualAccess, overview.Integration.ProviderType);
        Assert.Equal(IntegrationHealth.Reduced, overview.Integration.Health);
        Assert.Equal("דלת הלובי", overview.Integration.Name["he"]);
        Assert.Equal((2, 12, 10, 34, 5, 1), (overview.DoorsCount, overview.ListingsCount, overview.VisibleListingsCount, overview.PeopleCount, overview.InvitationsCount, overview.PortalsCount));
        var portal = Assert.Single(overview.Portals);
        Assert.Equal((Samples.PortalId, Samples.DoorDeviceId), (portal.Id, portal.DeviceId));
        Assert.Equal(Samples.DirectoryDeviceId, overview.DirectoryDeviceId);
        Assert.Equal((3L, 1L, 2L, 1L, 0L), (overview.Devices!.Total, overview.Devices.Unresolved, overview.Devices.Openers, overview.Devices.Lights, overview.Devices.Cameras));
        Assert.Equal(2, overview.PoliciesCount);
    }

    [Fact]
    [Trait("operationId", "get_site_access_overview")]
    public async Task Overview_for_a_caller_who_may_not_list_devices_or_policies_has_neither()
    {
        await _fake.RespondAsync("get_site_access_overview", 200, PolicySamples.RestrictedOverview);
        using var client = _fake.CreateClient();

        var overview = (await client.Integrations.Site.GetOverviewAsync(Id, new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg })).Value;

        await _fake.AssertSingleCallAsync("get_site_access_overview", "GET", $"/integrations/{Id}/access-overview", TestKeys.OtherOrg, jsonBody: null);
        Assert.Null(overview.Devices);
        Assert.Null(overview.PoliciesCount);
        Assert.Null(overview.DirectoryDeviceId);
        Assert.Null(Assert.Single(overview.Portals).DeviceId);
    }

    [Fact]
    [Trait("operationId", "get_site_access_overview")]
    public async Task Overview_of_an_integration_that_is_not_a_site_is_a_validation_exception()
    {
        await _fake.RespondAsync("get_site_access_overview", 400, """{"message": "Not a virtual_access integration.", "error_code": "not_virtual_access"}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.Site.GetOverviewAsync(Id));

        Assert.Equal(400, error.Status);
        Assert.Equal("not_virtual_access", error.ErrorCode);
    }

    [Fact]
    [Trait("operationId", "get_site_access_overview")]
    public async Task Site_calls_without_an_organization_fail_before_sending()
    {
        using var client = _fake.CreateClient(organizationId: null);

        await Assert.ThrowsAsync<OpenAppOrganizationRequiredException>(() => client.Integrations.Site.GetOverviewAsync(Id));
        await Assert.ThrowsAsync<OpenAppOrganizationRequiredException>(() => client.Integrations.Site.GetAccessDevicesAsync(Id));
        await Assert.ThrowsAsync<OpenAppOrganizationRequiredException>(() => client.Integrations.Site.GetReadinessAsync(Id));
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.Site.GetReadinessAsync(" "))).ParamName);

        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "get_site_access_devices")]
    public async Task Access_devices_decode_by_role_with_entities_doors_and_unresolved_references()
    {
        await _fake.RespondAsync("get_site_access_devices", 200, PolicySamples.AccessDevices);
        using var client = _fake.CreateClient();

        var devices = (await client.Integrations.Site.GetAccessDevicesAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("get_site_access_devices", "GET", $"/integrations/{Id}/access-devices", TestKeys.Org, jsonBody: null);
        var opener = Assert.Single(devices.Openers);
        Assert.Equal(PolicySamples.OpenerDeviceId, opener.DeviceId);
        Assert.Equal("לוח ממסרים", opener.Name["he"]);
        Assert.Equal(PolicySamples.OpenerIntegrationId, opener.IntegrationId);
        Assert.Equal("shelly-e8db84d1a2c3", opener.ExternalId);
        Assert.False(opener.Deleted);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero), opener.CreatedAt);
        var relay = Assert.Single(opener.Entities);
        Assert.Equal((Samples.EntityId, "Relay 1", EntityType.Switch, "Main door"), (relay.EntityId, relay.Name, relay.EntityType, relay.Label));
        Assert.Equal(Samples.DoorDeviceId, Assert.Single(relay.Doors).DoorDeviceId);
        var door = Assert.Single(opener.Doors);
        Assert.Equal("Main door", door.Name.Get("en"));
        Assert.Equal("fire_exit", door.LifeSafety!.Class);
        Assert.Equal("inspector", door.LifeSafety.Attestation!.Value.GetProperty("by").GetString());
        Assert.Null(door.AutoOffConfig);

        var light = Assert.Single(devices.Lights);
        Assert.True(light.Deleted);
        Assert.Null(light.ExternalId);
        Assert.Empty(Assert.Single(light.Entities).Doors);
        var lit = Assert.Single(light.Doors);
        Assert.Equal(120, lit.AutoOffConfig!.Value.GetProperty("after_seconds").GetInt32());
        Assert.Null(lit.LifeSafety);

        Assert.Empty(devices.Cameras);
        var unresolved = Assert.Single(devices.Unresolved);
        Assert.Equal(SiteAccessDeviceRole.Camera, unresolved.Role);
        Assert.Equal(SiteAccessUnresolvedReason.DeviceMissing, unresolved.Reason);
        Assert.Equal("01JA88K2BE0Z6X9Y4D1F3G5J8Q", unresolved.Reference);
        Assert.Equal(Samples.DoorDeviceId, Assert.Single(unresolved.Doors).DoorDeviceId);
    }

    [Fact]
    [Trait("operationId", "get_site_access_devices")]
    public async Task Access_devices_from_a_newer_server_keep_unknown_roles_reasons_and_sections()
    {
        _fake.RespondToAny(200, PolicySamples.AccessDevicesFromANewerServer);
        using var client = _fake.CreateClient();

        var devices = (await client.Integrations.Site.GetAccessDevicesAsync(Id)).Value;

        var unresolved = Assert.Single(devices.Unresolved);
        Assert.Equal(new SiteAccessDeviceRole("intercom"), unresolved.Role);
        Assert.Equal(new SiteAccessUnresolvedReason("entity_archived"), unresolved.Reason);
        Assert.Equal(JsonValueKind.Array, ((JsonElement)devices.AdditionalProperties["intercoms"]).ValueKind);
    }

    [Fact]
    [Trait("operationId", "get_site_readiness")]
    public async Task Readiness_decodes_sections_issues_and_subjects()
    {
        await _fake.RespondAsync("get_site_readiness", 200, PolicySamples.Readiness);
        using var client = _fake.CreateClient();

        var readiness = (await client.Integrations.Site.GetReadinessAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("get_site_readiness", "GET", $"/integrations/{Id}/readiness", TestKeys.Org, jsonBody: null);
        Assert.Equal(ReadinessSeverity.Partial, readiness.Severity);
        Assert.True(readiness.Usable);
        Assert.Equal(new[] { ReadinessSection.VirtualIntercom }, readiness.SuppressedSections);
        Assert.Equal(new[] { ReadinessSection.Doors, ReadinessSection.Portals, ReadinessSection.People }, readiness.Sections.Select(s => s.Section));
        var portals = readiness.Sections[1];
        Assert.Equal((ReadinessSeverity.Partial, 1, 1), (portals.Severity, portals.BlockingCount, portals.IncompleteCount));
        Assert.Equal(new[] { ReadinessIssueCode.PortalNoDoor, ReadinessIssueCode.PortalNoDirectory }, portals.Issues.Select(i => i.Code));
        Assert.Equal(ReadinessSeverity.Blocking, portals.Issues[0].Severity);
        Assert.Equal((ReadinessSubjectKind.Portal, Samples.PortalId), (portals.Issues[0].Subject!.Kind, portals.Issues[0].Subject!.Id));
        var people = Assert.Single(readiness.Sections[2].Issues);
        Assert.Equal(ReadinessIssueCode.SiteNoPeople, people.Code);
        Assert.Null(people.Subject);
    }

    [Fact]
    [Trait("operationId", "get_site_readiness")]
    public async Task Readiness_from_a_newer_server_keeps_unknown_sections_severities_codes_and_kinds()
    {
        _fake.RespondToAny(200, PolicySamples.ReadinessFromANewerServer);
        using var client = _fake.CreateClient();

        var readiness = (await client.Integrations.Site.GetReadinessAsync(Id)).Value;

        Assert.Equal(new ReadinessSeverity("advisory"), readiness.Severity);
        var section = Assert.Single(readiness.Sections);
        Assert.Equal(new ReadinessSection("parking"), section.Section);
        var issue = Assert.Single(section.Issues);
        Assert.Equal(new ReadinessIssueCode("parking_no_gate"), issue.Code);
        Assert.Equal(new ReadinessSubjectKind("gate"), issue.Subject!.Kind);
        Assert.Equal(new[] { ReadinessSection.Doors, new ReadinessSection("elevators") }, readiness.SuppressedSections);
    }
}
