using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>Guests acting through the fake's hooks, read back through the API: invite and door usage, renewal requests.</summary>
public class InviteGuestTests : IClassFixture<FakeServerFixture>
{
    private const string Door = "door-1";
    private readonly FakeOpenAppServer _server;

    public InviteGuestTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_guests_uses_show_in_the_invites_and_the_doors_usage_newest_first_and_count_only_when_the_door_opened()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);

        var opened = _server.SimulateInviteUse(id, inviteId, guestId: "fp-1");
        await client.Integrations.AccessInvites.RevokeAsync(id, inviteId);
        var denied = _server.SimulateInviteUse(id, inviteId, guestId: "fp-1");

        Assert.True(opened);
        Assert.False(denied);
        var inviteUsage = (await client.Integrations.AccessInvites.ListUsageAsync(id, inviteId)).Value.Entries;
        Assert.Equal(new[] { "denied", "succeeded" }, inviteUsage.Select(e => e.Outcome));
        Assert.All(inviteUsage, e => Assert.Equal("guest", e.Actor.Kind));
        Assert.All(inviteUsage, e => Assert.Equal("fp-1", e.Actor.GuestId));
        Assert.Equal("Front", inviteUsage[0].DoorName!.Value.GetProperty("en").GetString());
        Assert.All(inviteUsage, e => Assert.Null(e.InviteName));
        var doorUsage = (await client.Integrations.Doors.ListUsageAsync(id, Door)).Value.Entries;
        Assert.Equal(inviteUsage.Select(e => e.Id), doorUsage.Select(e => e.Id));
        Assert.Equal("Plumber", doorUsage[1].InviteName!.Value.GetString());
        Assert.All(doorUsage, e => Assert.Null(e.DoorName));
        var invite = Assert.Single((await client.Integrations.AccessInvites.ListAsync(id)).Value.Items);
        Assert.Equal(1, invite.Uses);
        Assert.NotNull(invite.LastUsedAt);
    }

    [Fact]
    public async Task Door_usage_of_a_device_without_a_door_is_404_and_a_quiet_door_has_none()
    {
        using var client = _server.CreateClient();
        var (id, _) = await InviteAsync(client);

        var quiet = (await client.Integrations.Doors.ListUsageAsync(id, Door)).Value;
        var missing = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.Doors.ListUsageAsync(id, "no-such-door"));

        Assert.Empty(quiet.Entries);
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task A_renewal_request_waits_until_it_is_dismissed_once()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        var invites = client.Integrations.AccessInvites;
        Assert.Empty((await invites.ListRenewalRequestsAsync(id, inviteId)).Value);

        var requestId = _server.SimulateRenewalRequest(id, inviteId, note: "One more week?", requesterName: "Dana", requesterUserId: "user-7");
        var pending = Assert.Single((await invites.ListRenewalRequestsAsync(id, inviteId)).Value);
        var counted = Assert.Single((await invites.ListAsync(id)).Value.Items).PendingRenewalCount;
        var dismissed = await invites.DismissRenewalRequestAsync(id, inviteId, requestId);
        var again = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => invites.DismissRenewalRequestAsync(id, inviteId, requestId));

        Assert.Equal(requestId, pending.Id);
        Assert.Equal("user-7", pending.RequesterUserId);
        Assert.Equal("Dana", pending.RequesterName);
        Assert.Equal("One more week?", pending.Note);
        Assert.NotNull(pending.CreatedAt);
        Assert.Equal(1, counted);
        Assert.Equal(204, dismissed.Status);
        Assert.Equal(404, again.Status);
        Assert.Empty((await invites.ListRenewalRequestsAsync(id, inviteId)).Value);
        Assert.Equal(0, Assert.Single((await invites.ListAsync(id)).Value.Items).PendingRenewalCount);
    }

    [Fact]
    public async Task Another_organization_sees_none_of_it()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);
        _server.SimulateInviteUse(id, inviteId);
        using var other = _server.CreateClient(FakeOpenAppServer.OtherOrganizationId);

        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.AccessInvites.ListUsageAsync(id, inviteId))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.Doors.ListUsageAsync(id, Door))).Status);
    }

    [Fact]
    public async Task The_hooks_name_what_does_not_exist()
    {
        using var client = _server.CreateClient();
        var (id, inviteId) = await InviteAsync(client);

        Assert.Equal("inviteId", Assert.Throws<ArgumentException>(() => _server.SimulateInviteUse(id, "nope")).ParamName);
        Assert.Equal("portalId", Assert.Throws<ArgumentException>(() => _server.SimulateInviteUse(id, inviteId, portalId: "nope")).ParamName);
        Assert.Equal("integrationId", Assert.Throws<ArgumentException>(() => _server.SimulateRenewalRequest("nope", inviteId)).ParamName);
    }

    private async Task<(string IntegrationId, string InviteId)> InviteAsync(OpenAppClient client)
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { Entities = { new FakeEntitySeed { DeviceId = Door, Name = "Front door" } } });
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Front", DeviceId = Door })).Value;
        var invite = (await client.Integrations.AccessInvites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { portal.Id },
            Name = "Plumber",
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "24h" } },
        })).Value;
        return (id, invite.InviteLinkId);
    }
}
