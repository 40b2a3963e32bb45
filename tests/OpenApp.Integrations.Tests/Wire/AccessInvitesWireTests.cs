using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the access-invite operations.</summary>
public sealed class AccessInvitesWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string InviteId = Samples.InviteId;
    private readonly WireMockFixture _fake;

    public AccessInvitesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_access_invites")]
    public async Task List_decodes_the_invites_wrapper_with_schedules()
    {
        await _fake.RespondAsync("list_integration_access_invites", 200, Samples.InviteList);
        using var client = _fake.CreateClient();

        var invites = (await client.Integrations.AccessInvites.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_access_invites", "GET", $"/integrations/{Id}/access-invites", TestKeys.Org, jsonBody: null);
        var invite = Assert.Single(invites);
        AssertIsSampleInvite(invite);
    }

    [Fact]
    [Trait("operationId", "create_integration_access_invite")]
    public async Task Create_sends_the_set_fields_with_an_idempotency_key_and_decodes_the_token()
    {
        await _fake.RespondAsync("create_integration_access_invite", 200, Samples.CreatedInvite);
        using var client = _fake.CreateClient();

        var created = (await client.Integrations.AccessInvites.CreateAsync(
            Id,
            new CreateAccessInviteRequest
            {
                PortalIds = new List<string> { Samples.PortalId },
                Name = "Cleaner, Tuesdays",
                MaxUses = 50,
                ValidFrom = "2026-04-07T08:00:00Z",
                ValidTo = "2026-06-30T12:00:00Z",
                InviteeMessage = Json.Parse("""{"en": "Use the side entrance"}"""),
                Schedules = new List<InviteScheduleEntryInput>
                {
                    new()
                    {
                        Name = "Tuesday mornings",
                        ValidFrom = "2026-04-07T08:00:00Z",
                        ValidTo = "2026-04-07T12:00:00Z",
                        InviteRecurrence = Json.Parse("""{"freq": "weekly", "by_weekday": ["tu"]}"""),
                    },
                },
            })).Value;

        var request = await _fake.AssertSingleCallAsync(
            "create_integration_access_invite",
            "POST",
            $"/integrations/{Id}/access-invites",
            TestKeys.Org,
            """
            {
              "portal_ids": ["01JA80B4D2E5F6G7H8J9K0M1N2"],
              "name": "Cleaner, Tuesdays",
              "max_uses": 50,
              "valid_from": "2026-04-07T08:00:00Z",
              "valid_to": "2026-06-30T12:00:00Z",
              "invitee_message": { "en": "Use the side entrance" },
              "schedules": [
                {
                  "name": "Tuesday mornings",
                  "valid_from": "2026-04-07T08:00:00Z",
                  "valid_to": "2026-04-07T12:00:00Z",
                  "invite_recurrence": { "freq": "weekly", "by_weekday": ["tu"] }
                }
              ]
            }
            """);
        Assert.False(string.IsNullOrWhiteSpace(WireAssert.Header(request, "Idempotency-Key")));
        Assert.Equal(InviteId, created.InviteLinkId);
        Assert.Equal("inv_6vR2mQ8xT1kZ9pW4", created.InviteToken);
        Assert.Equal(InviteScheduleKind.SingleRecurring, created.ScheduleKind);
        Assert.Equal(0, created.Uses);
        Assert.Null(created.InviteeMessage);
        Assert.Equal(Samples.PortalPublicId, Assert.Single(created.GrantedPortals).PublicId);
    }

    [Fact]
    [Trait("operationId", "create_integration_access_invite")]
    public async Task Create_with_only_portals_sends_only_portal_ids_and_the_callers_idempotency_key()
    {
        await _fake.RespondAsync("create_integration_access_invite", 200, Samples.CreatedInvite);
        using var client = _fake.CreateClient();

        await client.Integrations.AccessInvites.CreateAsync(
            Id,
            new CreateAccessInviteRequest { PortalIds = new List<string> { Samples.PortalId, "01JA80B4D2E5F6G7H8J9K0M1N3" } },
            new OpenAppRequestOptions { IdempotencyKey = "invite-2026-04-07-cleaner" });

        var request = await _fake.AssertSingleCallAsync(
            "create_integration_access_invite",
            "POST",
            $"/integrations/{Id}/access-invites",
            TestKeys.Org,
            """{"portal_ids": ["01JA80B4D2E5F6G7H8J9K0M1N2", "01JA80B4D2E5F6G7H8J9K0M1N3"]}""");
        Assert.Equal("invite-2026-04-07-cleaner", WireAssert.Header(request, "Idempotency-Key"));
    }

    [Fact]
    [Trait("operationId", "update_integration_access_invite")]
    public async Task Update_sends_only_the_set_fields_including_explicit_nulls()
    {
        await _fake.RespondAsync("update_integration_access_invite", 200, Samples.Invite);
        using var client = _fake.CreateClient();

        var invite = (await client.Integrations.AccessInvites.UpdateAsync(
            Id,
            InviteId,
            new UpdateAccessInviteRequest { IsEnabled = false, DisabledJustification = "Contract paused", MaxUses = null })).Value;

        await _fake.AssertSingleCallAsync(
            "update_integration_access_invite",
            "PUT",
            $"/integrations/{Id}/access-invites/{InviteId}",
            TestKeys.Org,
            """{"is_enabled": false, "disabled_justification": "Contract paused", "max_uses": null}""");
        AssertIsSampleInvite(invite);
    }

    [Fact]
    [Trait("operationId", "delete_integration_access_invite")]
    public async Task Delete_sends_delete_without_a_body()
    {
        await _fake.RespondAsync("delete_integration_access_invite", 200, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.AccessInvites.DeleteAsync(Id, InviteId);

        await _fake.AssertSingleCallAsync(
            "delete_integration_access_invite", "DELETE", $"/integrations/{Id}/access-invites/{InviteId}", TestKeys.Org, jsonBody: null);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    [Trait("operationId", "restore_integration_access_invite")]
    public async Task Restore_posts_without_a_body_and_decodes_the_invite()
    {
        await _fake.RespondAsync("restore_integration_access_invite", 200, Samples.Invite);
        using var client = _fake.CreateClient();

        var invite = (await client.Integrations.AccessInvites.RestoreAsync(Id, InviteId)).Value;

        await _fake.AssertSingleCallAsync(
            "restore_integration_access_invite", "POST", $"/integrations/{Id}/access-invites/{InviteId}/restore", TestKeys.Org, jsonBody: null);
        AssertIsSampleInvite(invite);
    }

    private static void AssertIsSampleInvite(AccessInviteListItem invite)
    {
        Assert.Equal(InviteId, invite.Id);
        Assert.Equal("active", invite.State);
        Assert.True(invite.IsEnabled);
        Assert.Equal(InviteScheduleKind.SingleRecurring, invite.ScheduleKind);
        Assert.Equal(3, invite.Uses);
        Assert.Equal(50, invite.MaxUses);
        Assert.Null(invite.RevokedAt);
        Assert.Equal("2026-04-14T08:03:11Z", invite.LastUsedAt);
        Assert.Equal("היכנסו מהכניסה הצדדית", invite.InviteeMessage!.Value.GetProperty("he").GetString());
        Assert.Equal("weekly", invite.InviteRecurrence!.Value.GetProperty("freq").GetString());
        Assert.False(invite.ScheduleCombined.OpenEndedRecurrence);
        Assert.Equal("2026-06-30T12:00:00Z", invite.ScheduleCombined.Until);
        var portal = Assert.Single(invite.GrantedPortals);
        Assert.Equal("דלת הלובי", portal.Name["he"]);
        Assert.True(invite.Schedule.IsRecurring);
        Assert.Equal(14400, invite.Schedule.SlotDurationSeconds);
        Assert.Null(invite.Schedule.ActiveWindow);
        Assert.Equal("2026-04-14T08:00:00Z", invite.Schedule.NextWindow!.From);
        Assert.Equal(InviteRecurrenceSeriesEnd.KindUntil, invite.Schedule.SeriesEnd!.Kind);
        Assert.Equal("2026-06-30T12:00:00Z", invite.Schedule.SeriesEnd.At);
        var entry = Assert.Single(invite.ScheduleEntries);
        Assert.Equal(Samples.ScheduleEntryId, entry.Id);
        Assert.Equal("Tuesday mornings", entry.Name);
        Assert.Equal(JsonValueKind.Array, entry.InviteRecurrence!.Value.GetProperty("by_weekday").ValueKind);
        Assert.Equal(14400, entry.Schedule.SlotDurationSeconds);
    }
}
