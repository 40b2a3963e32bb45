using System.Text.Json;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>What guests did: the uses of an invite and of a door, and the renewal requests of an invite.</summary>
public sealed class AccessUsageWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string InviteId = Samples.InviteId;
    private readonly WireMockFixture _fake;

    public AccessUsageWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_access_invite_usage")]
    public async Task Invite_usage_decodes_each_use_with_its_actor_door_name_and_unknown_fields()
    {
        await _fake.RespondAsync("list_integration_access_invite_usage", 200, InviteSamples.InviteUsage);
        using var client = _fake.CreateClient();

        var usage = (await client.Integrations.AccessInvites.ListUsageAsync(Id, InviteId)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_access_invite_usage", "GET", $"/integrations/{Id}/access-invites/{InviteId}/usage", TestKeys.Org, jsonBody: null);
        Assert.Equal(2, usage.Entries.Count);
        var opened = usage.Entries[0];
        Assert.Equal(InviteSamples.UsageEntryId, opened.Id);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 8, 3, 11, TimeSpan.Zero), opened.OccurredAt);
        Assert.Equal("succeeded", opened.Outcome);
        Assert.Equal("guest", opened.Actor.Kind);
        Assert.Equal(InviteSamples.GuestId, opened.Actor.GuestId);
        Assert.Null(opened.Actor.UserId);
        Assert.Equal("דלת הלובי", opened.DoorName!.Value.GetProperty("he").GetString());
        Assert.Null(opened.InviteName);
        var denied = usage.Entries[1];
        Assert.Equal("denied", denied.Outcome);
        Assert.Equal(JsonValueKind.String, denied.DoorName!.Value.ValueKind);
        Assert.Equal("0.2", denied.AdditionalProperties["risk_score"].ToString());
    }

    [Fact]
    [Trait("operationId", "list_integration_door_usage")]
    public async Task Door_usage_is_read_from_the_doors_client_by_device_id()
    {
        await _fake.RespondAsync("list_integration_door_usage", 200, InviteSamples.DoorUsage);
        using var client = _fake.CreateClient();

        var usage = (await client.Integrations.Doors.ListUsageAsync(Id, Samples.DoorDeviceId)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_door_usage", "GET", $"/integrations/{Id}/doors/{Samples.DoorDeviceId}/usage", TestKeys.Org, jsonBody: null);
        Assert.Equal(2, usage.Entries.Count);
        Assert.Equal("user", usage.Entries[0].Actor.Kind);
        Assert.Equal(Samples.UserId, usage.Entries[0].Actor.UserId);
        Assert.Null(usage.Entries[0].InviteName);
        Assert.Equal("Cleaner, Tuesdays", usage.Entries[1].InviteName!.Value.GetString());
    }

    [Fact]
    [Trait("operationId", "list_integration_door_usage")]
    public async Task Door_usage_of_a_quiet_door_is_empty_and_a_blank_device_id_is_refused_before_sending()
    {
        await _fake.RespondAsync("list_integration_door_usage", 200, """{ "entries": [] }""");
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.Doors.ListUsageAsync(Id, " "));
        Assert.Equal("deviceId", ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);

        var usage = (await client.Integrations.Doors.ListUsageAsync(Id, Samples.DoorDeviceId)).Value;

        Assert.Empty(usage.Entries);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "list_integration_access_invite_renewal_requests")]
    public async Task Renewal_requests_are_unwrapped_from_their_envelope()
    {
        await _fake.RespondAsync("list_integration_access_invite_renewal_requests", 200, InviteSamples.RenewalRequests);
        using var client = _fake.CreateClient();

        var requests = (await client.Integrations.AccessInvites.ListRenewalRequestsAsync(Id, InviteId)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_access_invite_renewal_requests",
            "GET",
            $"/integrations/{Id}/access-invites/{InviteId}/renewal-requests",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal(2, requests.Count);
        Assert.Equal(InviteSamples.RenewalRequestId, requests[0].Id);
        Assert.Equal(Samples.UserId, requests[0].RequesterUserId);
        Assert.Equal("Dana Levi", requests[0].RequesterName);
        Assert.StartsWith("Two more weeks", requests[0].Note, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 4, 18, 16, 20, 0, TimeSpan.Zero), requests[0].CreatedAt);
        Assert.Null(requests[1].RequesterName);
        Assert.Null(requests[1].CreatedAt);
    }

    [Fact]
    [Trait("operationId", "list_integration_access_invite_renewal_requests")]
    public async Task No_renewal_requests_is_an_empty_list()
    {
        await _fake.RespondAsync("list_integration_access_invite_renewal_requests", 200, InviteSamples.NoRenewalRequests);
        using var client = _fake.CreateClient();

        var requests = await client.Integrations.AccessInvites.ListRenewalRequestsAsync(Id, InviteId);

        Assert.True(requests.HasValue);
        Assert.Empty(requests.Value);
    }

    [Fact]
    [Trait("operationId", "dismiss_integration_access_invite_renewal_request")]
    public async Task Dismiss_sends_delete_without_a_body_and_succeeds_on_204()
    {
        await _fake.RespondAsync("dismiss_integration_access_invite_renewal_request", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.AccessInvites.DismissRenewalRequestAsync(Id, InviteId, InviteSamples.RenewalRequestId);

        await _fake.AssertSingleCallAsync(
            "dismiss_integration_access_invite_renewal_request",
            "DELETE",
            $"/integrations/{Id}/access-invites/{InviteId}/renewal-requests/{InviteSamples.RenewalRequestId}",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal(204, response.Status);
    }

    [Fact]
    public async Task Dismiss_without_a_request_id_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(
            () => client.Integrations.AccessInvites.DismissRenewalRequestAsync(Id, InviteId, null!));

        Assert.Equal("requestId", ex.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }
}
