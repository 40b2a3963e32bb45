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
    public async Task List_sends_the_page_and_decodes_the_items_and_total()
    {
        await _fake.RespondAsync("list_integration_access_invites", 200, Samples.InviteList);
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.AccessInvites.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_access_invites", "GET", $"/integrations/{Id}/access-invites?limit=50&offset=0", TestKeys.Org, jsonBody: null);
        Assert.Equal(1, page.Total);
        Assert.Equal(0, page.Offset);
        Assert.Equal(50, page.Limit);
        AssertIsSampleInvite(Assert.Single(page.Items));
    }

    [Fact]
    [Trait("operationId", "list_integration_access_invites")]
    public async Task List_sends_every_filter_that_is_set_after_the_page_in_contract_order()
    {
        await _fake.RespondAsync("list_integration_access_invites", 200, Samples.InviteList);
        using var client = _fake.CreateClient();

        await client.Integrations.AccessInvites.ListAsync(Id, new ListAccessInvitesOptions
        {
            Limit = 20,
            Offset = 40,
            Kind = AccessInviteKind.Share,
            ExternalSource = "mews",
            ExternalRecordId = "res 42/7",
            State = "active",
            PortalId = Samples.PortalId,
            ValidFromAfter = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(3)),
            ValidToBefore = new DateTimeOffset(2026, 5, 1, 0, 0, 0, 500, TimeSpan.Zero),
        });

        await _fake.AssertSingleCallAsync(
            "list_integration_access_invites",
            "GET",
            $"/integrations/{Id}/access-invites?limit=20&offset=40&kind=share&external_source=mews&external_record_id=res%2042%2F7" +
            $"&state=active&portal_id={Samples.PortalId}&valid_from_after=2026-04-01T07%3A00%3A00Z&valid_to_before=2026-05-01T00%3A00%3A00.5Z",
            TestKeys.Org,
            jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "list_integration_access_invites")]
    public async Task ListAll_walks_the_pages_by_the_items_received()
    {
        var first = "{\"items\": [" + Samples.Invite + "], \"total\": 2}";
        var second = "{\"items\": [" + Samples.Invite.Replace(InviteId, "01JA81C5TX3R9P2Q7W4Y6Z8B1Z", StringComparison.Ordinal) + "], \"total\": 2}";
        await _fake.RespondToQueryAsync("list_integration_access_invites", "offset", "0", 200, first);
        await _fake.RespondToQueryAsync("list_integration_access_invites", "offset", "1", 200, second);
        using var client = _fake.CreateClient();

        var ids = new List<string>();
        await foreach (var invite in client.Integrations.AccessInvites.ListAllAsync(Id, new ListAccessInvitesOptions { Limit = 10, State = "active" }))
        {
            ids.Add(invite.Id);
        }

        Assert.Equal(new[] { InviteId, "01JA81C5TX3R9P2Q7W4Y6Z8B1Z" }, ids);
        var sent = _fake.Server.LogEntries.Select(e => WireAssert.RawPathAndQuery(e.RequestMessage!)).ToList();
        Assert.Equal(
            new[]
            {
                $"/api/v1/integrations/{Id}/access-invites?limit=10&offset=0&state=active",
                $"/api/v1/integrations/{Id}/access-invites?limit=10&offset=1&state=active",
            },
            sent);
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
                PortalIds = { Samples.PortalId },
                Name = "Cleaner, Tuesdays",
                MaxUses = 50,
                Kind = AccessInviteKind.Invitation,
                Audience = InviteAudience.ListedContacts,
                Contacts = { new AccessInviteContactInput { ContactKind = "email", Email = "cleaner@example.com" } },
                ExternalRef = new ExternalReferenceInput { Source = "custom-pms", RecordId = "wo-7781", Revision = 3 },
                LocationMode = LocationBindingMode.None,
                InviteeMessage = Json.Parse("""{"en": "Use the side entrance"}"""),
                Schedules =
                {
                    new InviteScheduleEntryInput
                    {
                        Name = "Tuesday mornings",
                        ValidFrom = new DateTimeOffset(2026, 4, 7, 8, 0, 0, TimeSpan.Zero),
                        ValidTo = new DateTimeOffset(2026, 4, 7, 12, 0, 0, TimeSpan.Zero),
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
              "audience": "listed_contacts",
              "contacts": [ { "contact_kind": "email", "email": "cleaner@example.com" } ],
              "external_ref": { "record_id": "wo-7781", "revision": 3, "source": "custom-pms" },
              "invitee_message": { "en": "Use the side entrance" },
              "kind": "invitation",
              "location_mode": "none",
              "max_uses": 50,
              "name": "Cleaner, Tuesdays",
              "portal_ids": ["01JA80B4D2E5F6G7H8J9K0M1N2"],
              "schedules": [
                {
                  "invite_recurrence": { "freq": "weekly", "by_weekday": ["tu"] },
                  "name": "Tuesday mornings",
                  "valid_from": "2026-04-07T08:00:00+00:00",
                  "valid_to": "2026-04-07T12:00:00+00:00"
                }
              ]
            }
            """);
        Assert.False(string.IsNullOrWhiteSpace(WireAssert.Header(request, "Idempotency-Key")));
        Assert.Equal(InviteId, created.InviteLinkId);
        Assert.Equal("inv_6vR2mQ8xT1kZ9pW4", created.InviteToken);
        Assert.Equal("https://openapp.house/i/inv_6vR2mQ8xT1kZ9pW4", created.InviteUrl);
        Assert.False(created.IdempotentReplay);
        Assert.Equal(LocationBindingMode.Inherit, created.LocationMode);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 8, 0, 0, TimeSpan.Zero), created.ValidFrom);
        Assert.Equal(InviteScheduleKind.SingleRecurring, created.ScheduleKind);
        Assert.Equal(0, created.Uses);
        Assert.Null(created.InviteeMessage);
        Assert.Equal(Samples.PortalPublicId, Assert.Single(created.GrantedPortals).PublicId);
    }

    [Fact]
    [Trait("operationId", "create_integration_access_invite")]
    public async Task Create_with_only_portals_and_a_duration_sends_just_those_and_the_callers_idempotency_key()
    {
        await _fake.RespondAsync("create_integration_access_invite", 200, Samples.CreatedInvite);
        using var client = _fake.CreateClient();

        await client.Integrations.AccessInvites.CreateAsync(
            Id,
            new CreateAccessInviteRequest
            {
                PortalIds = { Samples.PortalId, "01JA80B4D2E5F6G7H8J9K0M1N3" },
                Schedules = { new InviteScheduleEntryInput { ExpiresIn = "2h" } },
            },
            new OpenAppRequestOptions { IdempotencyKey = "invite-2026-04-07-cleaner" });

        var request = await _fake.AssertSingleCallAsync(
            "create_integration_access_invite",
            "POST",
            $"/integrations/{Id}/access-invites",
            TestKeys.Org,
            """{"portal_ids": ["01JA80B4D2E5F6G7H8J9K0M1N2", "01JA80B4D2E5F6G7H8J9K0M1N3"], "schedules": [{"expires_in": "2h"}]}""");
        Assert.Equal("invite-2026-04-07-cleaner", WireAssert.Header(request, "Idempotency-Key"));
    }

    [Fact]
    [Trait("operationId", "create_integration_access_invite")]
    public async Task Create_decodes_an_idempotent_replay_without_the_token_and_link()
    {
        await _fake.RespondAsync("create_integration_access_invite", 200, Samples.ReplayedInvite);
        using var client = _fake.CreateClient();

        var replay = (await client.Integrations.AccessInvites.CreateAsync(
            Id,
            new CreateAccessInviteRequest { PortalIds = { Samples.PortalId }, Schedules = { new InviteScheduleEntryInput { ExpiresIn = "2h" } } })).Value;

        Assert.DoesNotContain("invite_token", Samples.ReplayedInvite, StringComparison.Ordinal);
        Assert.True(replay.IdempotentReplay);
        Assert.Null(replay.InviteToken);
        Assert.Null(replay.InviteUrl);
        Assert.Equal(InviteId, replay.InviteLinkId);
    }

    [Fact]
    public async Task Create_without_a_schedule_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.AccessInvites.CreateAsync(
            Id, new CreateAccessInviteRequest { PortalIds = { Samples.PortalId } }));

        Assert.Contains("Schedules", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Server.LogEntries);
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
            new UpdateAccessInviteRequest { IsEnabled = false, DisabledJustification = "Contract paused", MaxUses = null, Pin = null })).Value;

        await _fake.AssertSingleCallAsync(
            "update_integration_access_invite",
            "PUT",
            $"/integrations/{Id}/access-invites/{InviteId}",
            TestKeys.Org,
            """{"is_enabled": false, "disabled_justification": "Contract paused", "max_uses": null, "pin": null}""");
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
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 8, 3, 11, TimeSpan.Zero), invite.LastUsedAt);
        Assert.Equal(AccessInviteKind.Invitation, invite.Kind);
        Assert.Equal(LocationBindingMode.Inherit, invite.LocationMode);
        Assert.Equal("היכנסו מהכניסה הצדדית", invite.InviteeMessage!.Value.GetProperty("he").GetString());
        Assert.Equal("weekly", invite.InviteRecurrence!.Value.GetProperty("freq").GetString());
        Assert.False(invite.ScheduleCombined.OpenEndedRecurrence);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), invite.ScheduleCombined.Until);
        var portal = Assert.Single(invite.GrantedPortals);
        Assert.Equal("דלת הלובי", portal.Name["he"]);
        Assert.True(portal.IsLinked);
        Assert.True(invite.Schedule.IsRecurring);
        Assert.Equal(14400, invite.Schedule.SlotDurationSeconds);
        Assert.Null(invite.Schedule.ActiveWindow);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 8, 0, 0, TimeSpan.Zero), invite.Schedule.NextWindow!.From);
        Assert.Equal(InviteRecurrenceSeriesEnd.KindUntil, invite.Schedule.SeriesEnd!.Kind);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), invite.Schedule.SeriesEnd.At);
        var entry = Assert.Single(invite.ScheduleEntries);
        Assert.Equal(Samples.ScheduleEntryId, entry.Id);
        Assert.Equal("Tuesday mornings", entry.Name);
        Assert.Equal(JsonValueKind.Array, entry.InviteRecurrence!.Value.GetProperty("by_weekday").ValueKind);
        Assert.Equal(14400, entry.Schedule.SlotDurationSeconds);
    }
}
