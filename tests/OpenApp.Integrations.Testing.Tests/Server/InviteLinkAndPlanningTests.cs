using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>The fake's invite link (revoke, restore, token rotation), preview, reconcile and idempotent replays.</summary>
public class InviteLinkAndPlanningTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public InviteLinkAndPlanningTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_revoked_invite_stays_revoked_when_revoked_again_refuses_a_new_token_and_comes_back_on_restore()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        var invites = client.Integrations.AccessInvites;
        var created = (await invites.CreateAsync(id, Invite(portalId))).Value;

        var revoked = (await invites.RevokeAsync(id, created.InviteLinkId)).Value;
        var again = (await invites.RevokeAsync(id, created.InviteLinkId)).Value;
        var refused = await Assert.ThrowsAsync<OpenAppValidationException>(() => invites.RegenerateTokenAsync(id, created.InviteLinkId));
        var restored = (await invites.RestoreAsync(id, created.InviteLinkId)).Value;

        Assert.Equal("revoked", revoked.State);
        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal(revoked.RevokedAt, again.RevokedAt);
        Assert.Equal("invitation_revoked", refused.ErrorCode);
        Assert.Equal("active", restored.State);
        Assert.Null(restored.RevokedAt);
        Assert.Equal(400, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => invites.RestoreAsync(id, created.InviteLinkId))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => invites.RevokeAsync(id, "no-such-invite"))).Status);
    }

    [Fact]
    public async Task A_new_token_replaces_the_link_and_is_recorded_as_the_last_share()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        var invites = client.Integrations.AccessInvites;
        var created = (await invites.CreateAsync(id, Invite(portalId))).Value;

        var rotated = (await invites.RegenerateTokenAsync(id, created.InviteLinkId)).Value;

        Assert.NotEqual(created.InviteToken, rotated.InviteToken);
        Assert.StartsWith("inv_", rotated.InviteToken, StringComparison.Ordinal);
        Assert.EndsWith("/invite/" + rotated.InviteToken, rotated.InviteUrl, StringComparison.Ordinal);
        var listed = Assert.Single((await invites.ListAsync(id)).Value.Items);
        Assert.Equal(rotated.LastSharedAt, listed.LastSharedAt);
    }

    [Fact]
    public async Task Preview_answers_what_create_would_make_without_creating_it()
    {
        using var client = _server.CreateClient();
        var (id, doorPortal) = await IntegrationWithPortalAsync(client);
        var loosePortal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Bike room" })).Value.Id;
        var invites = client.Integrations.AccessInvites;

        var preview = (await invites.PreviewAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { doorPortal, loosePortal },
            Kind = AccessInviteKind.Share,
            MaxUses = 2,
            Schedules = { new InviteScheduleEntryInput { StartsIn = "1h", ExpiresIn = "2h" } },
        })).Value;

        Assert.True(preview.Valid);
        Assert.False(preview.PendingApproval);
        Assert.Equal(AccessInviteKind.Share, preview.Kind);
        Assert.Equal(2, preview.MaxUses);
        Assert.Equal(TimeSpan.FromHours(2), preview.ValidTo - preview.ValidFrom);
        Assert.Equal(2, preview.GrantedPortals.Count);
        Assert.Equal(loosePortal, Assert.Single(preview.UnlinkedPortalIds));
        Assert.Equal(0, (await invites.ListAsync(id)).Value.Total);
        var refused = await Assert.ThrowsAsync<OpenAppValidationException>(() => invites.PreviewAsync(id, Invite("no-such-portal")));
        Assert.Contains("portal_ids[0]", refused.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_live_invite_per_outside_record_create_and_preview_answer_409_for_a_second()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        var invites = client.Integrations.AccessInvites;
        CreateAccessInviteRequest ForRecord()
        {
            var request = Invite(portalId);
            request.ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "res-1" };
            return request;
        }

        var first = (await invites.CreateAsync(id, ForRecord())).Value;
        var create = await Assert.ThrowsAsync<OpenAppConflictException>(() => invites.CreateAsync(id, ForRecord()));
        var preview = await Assert.ThrowsAsync<OpenAppConflictException>(() => invites.PreviewAsync(id, ForRecord()));
        await invites.RevokeAsync(id, first.InviteLinkId);
        await invites.CreateAsync(id, ForRecord());

        Assert.Equal("external_reference_conflict", create.ErrorCode);
        Assert.Equal("external_reference_conflict", preview.ErrorCode);
        Assert.Equal(2, (await invites.ListAsync(id)).Value.Total);
    }

    [Fact]
    public async Task Reconcile_creates_leaves_updates_revokes_and_restores_the_invite_of_a_record()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        var invites = client.Integrations.AccessInvites;
        ReconcileAccessInviteRequest Wanted(string name, long revision, ReconcileInviteState? state = null) => new()
        {
            ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "res-9", Revision = revision },
            State = state,
            Invitation = state == ReconcileInviteState.Revoked ? null : new CreateAccessInviteRequest
            {
                PortalIds = { portalId },
                Name = name,
                Schedules =
                {
                    new InviteScheduleEntryInput
                    {
                        ValidFrom = new DateTimeOffset(2030, 6, 1, 14, 0, 0, TimeSpan.Zero),
                        ValidTo = new DateTimeOffset(2030, 6, 4, 11, 0, 0, TimeSpan.Zero),
                    },
                },
            },
        };

        var created = (await invites.ReconcileAsync(id, Wanted("Room 12", 1), new OpenAppRequestOptions { CorrelationId = "sync-1" })).Value;
        var same = (await invites.ReconcileAsync(id, Wanted("Room 12", 1))).Value;
        var renamed = (await invites.ReconcileAsync(id, Wanted("Room 14", 2))).Value;
        var stale = await Assert.ThrowsAsync<OpenAppConflictException>(() => invites.ReconcileAsync(id, Wanted("Room 12", 1)));
        var revoked = (await invites.ReconcileAsync(id, Wanted("Room 14", 3, ReconcileInviteState.Revoked))).Value;
        var restored = (await invites.ReconcileAsync(id, Wanted("Room 14", 4, ReconcileInviteState.Active))).Value;

        Assert.Equal(ReconcileAction.Created, created.Action);
        Assert.StartsWith("inv_", created.InviteToken, StringComparison.Ordinal);
        Assert.EndsWith("/invite/" + created.InviteToken, created.InviteUrl, StringComparison.Ordinal);
        Assert.Equal("sync-1", created.ExternalRef!.CorrelationId);
        Assert.Equal(1, created.Invite!.ExternalRef!.Revision);
        Assert.Equal(ReconcileAction.Unchanged, same.Action);
        Assert.Null(same.InviteToken);
        Assert.Equal(ReconcileAction.Updated, renamed.Action);
        Assert.Equal("Room 14", renamed.Invite!.Name);
        Assert.Equal("external_revision_stale", stale.ErrorCode);
        Assert.Equal(ReconcileAction.Revoked, revoked.Action);
        Assert.Equal("revoked", revoked.Invite!.State);
        Assert.Equal(ReconcileAction.Restored, restored.Action);
        Assert.Equal("scheduled", restored.Invite!.State);
        Assert.All(new[] { same, renamed, revoked, restored }, r => Assert.Equal(created.InviteLinkId, r.InviteLinkId));
        Assert.Equal(1, (await invites.ListAsync(id)).Value.Total);
    }

    [Fact]
    public async Task Reconciling_a_record_without_an_invite_to_revoked_changes_nothing()
    {
        using var client = _server.CreateClient();
        var (id, _) = await IntegrationWithPortalAsync(client);

        var answer = (await client.Integrations.AccessInvites.ReconcileAsync(id, new ReconcileAccessInviteRequest
        {
            ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "never-booked" },
            State = ReconcileInviteState.Revoked,
        })).Value;

        Assert.Equal(ReconcileAction.Unchanged, answer.Action);
        Assert.Null(answer.Invite);
        Assert.Null(answer.InviteLinkId);
    }

    [Fact]
    public async Task A_replayed_create_leaves_out_the_one_time_token_and_link_and_says_it_is_a_replay()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        var options = new OpenAppRequestOptions { IdempotencyKey = "create-once" };

        var first = await client.Integrations.AccessInvites.CreateAsync(id, Invite(portalId), options);
        var replay = await client.Integrations.AccessInvites.CreateAsync(id, Invite(portalId), options);

        Assert.False(first.Value.IdempotentReplay);
        Assert.NotNull(first.Value.InviteToken);
        Assert.NotNull(first.Value.InviteUrl);
        Assert.True(replay.Value.IdempotentReplay);
        Assert.Null(replay.Value.InviteToken);
        Assert.Null(replay.Value.InviteUrl);
        Assert.Equal(first.Value.InviteLinkId, replay.Value.InviteLinkId);
        Assert.Single((await client.Integrations.AccessInvites.ListAsync(id)).Value.Items);
    }

    [Fact]
    public async Task A_replay_on_the_wire_has_no_token_or_link_keys_at_all()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        RequestSpec Create()
        {
            var spec = Raw.Spec(HttpMethod.Post, $"/integrations/{id}/access-invites", "create_integration_access_invite");
            spec.Body = Raw.Body($$"""{ "portal_ids": ["{{portalId}}"], "schedules": [ { "expires_in": "2h" } ] }""");
            spec.IdempotencyKey = "raw-create";
            return spec;
        }

        var first = (await client.Transport.SendAsync(Create(), OpenAppJson.TypeInfo<JsonElement>())).Value;
        var replay = (await client.Transport.SendAsync(Create(), OpenAppJson.TypeInfo<JsonElement>())).Value;

        Assert.True(first.TryGetProperty("invite_token", out _));
        Assert.False(first.GetProperty("idempotent_replay").GetBoolean());
        Assert.False(replay.TryGetProperty("invite_token", out _));
        Assert.False(replay.TryGetProperty("invite_url", out _));
        Assert.True(replay.GetProperty("idempotent_replay").GetBoolean());
        Assert.Equal(first.GetProperty("invite_link_id").GetString(), replay.GetProperty("invite_link_id").GetString());
    }

    [Fact]
    public async Task A_replayed_reconcile_leaves_out_the_token_too()
    {
        using var client = _server.CreateClient();
        var (id, portalId) = await IntegrationWithPortalAsync(client);
        var request = new ReconcileAccessInviteRequest
        {
            ExternalRef = new ExternalReferenceInput { Source = "pms", RecordId = "wo-7" },
            Invitation = Invite(portalId),
        };
        var options = new OpenAppRequestOptions { IdempotencyKey = "reconcile-once" };

        var first = (await client.Integrations.AccessInvites.ReconcileAsync(id, request, options)).Value;
        var replay = (await client.Integrations.AccessInvites.ReconcileAsync(id, request, options)).Value;

        Assert.Equal(ReconcileAction.Created, first.Action);
        Assert.NotNull(first.InviteToken);
        Assert.Equal(ReconcileAction.Created, replay.Action);
        Assert.True(replay.IdempotentReplay);
        Assert.Null(replay.InviteToken);
        Assert.Null(replay.InviteUrl);
    }

    private async Task<(string IntegrationId, string PortalId)> IntegrationWithPortalAsync(OpenAppClient client)
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { Entities = { new FakeEntitySeed { DeviceId = "door-1", Name = "Front door" } } });
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Front", DeviceId = "door-1" })).Value;
        return (id, portal.Id);
    }

    private static CreateAccessInviteRequest Invite(string portalId) =>
        new() { PortalIds = { portalId }, Name = "Guest", Schedules = { new InviteScheduleEntryInput { ExpiresIn = "2h" } } };
}
