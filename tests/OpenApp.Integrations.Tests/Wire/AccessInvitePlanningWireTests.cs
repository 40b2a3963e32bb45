using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using WireMock.RequestBuilders;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>Preview (create's check without the create) and reconcile (an outside record's invite brought to a state).</summary>
public sealed class AccessInvitePlanningWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public AccessInvitePlanningWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "preview_integration_access_invite")]
    public async Task Preview_sends_the_set_fields_and_the_callers_correlation_id_without_an_idempotency_key()
    {
        await _fake.RespondAsync("preview_integration_access_invite", 200, InviteSamples.Preview);
        using var client = _fake.CreateClient();

        var preview = (await client.Integrations.AccessInvites.PreviewAsync(
            Id,
            new CreateAccessInviteRequest
            {
                PortalIds = { Samples.PortalId, "01JA80B4D2E5F6G7H8J9K0M1N3" },
                Kind = AccessInviteKind.Share,
                MaxUses = 2,
                Schedules =
                {
                    new InviteScheduleEntryInput
                    {
                        ValidFrom = new DateTimeOffset(2026, 5, 2, 10, 0, 0, TimeSpan.Zero),
                        ValidTo = new DateTimeOffset(2026, 5, 2, 12, 0, 0, TimeSpan.Zero),
                    },
                },
            },
            new OpenAppRequestOptions { CorrelationId = "preview-7781" })).Value;

        var request = await _fake.AssertSingleCallAsync(
            "preview_integration_access_invite",
            "POST",
            $"/integrations/{Id}/access-invites/preview",
            TestKeys.Org,
            """
            {
              "kind": "share",
              "max_uses": 2,
              "portal_ids": ["01JA80B4D2E5F6G7H8J9K0M1N2", "01JA80B4D2E5F6G7H8J9K0M1N3"],
              "schedules": [ { "valid_from": "2026-05-02T10:00:00+00:00", "valid_to": "2026-05-02T12:00:00+00:00" } ]
            }
            """);
        Assert.Equal("preview-7781", WireAssert.Header(request, "X-Correlation-Id"));
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.True(preview.Valid);
        Assert.True(preview.PendingApproval);
        Assert.False(preview.IsEnabled);
        Assert.True(preview.RequiresJustification);
        Assert.Equal(new[] { "invitee_phone", "photo" }, preview.RequiredIdentityFields);
        Assert.Equal("01JA80B4D2E5F6G7H8J9K0M1N3", Assert.Single(preview.UnlinkedPortalIds));
        Assert.Equal(2, preview.GrantedPortals.Count);
        Assert.False(preview.GrantedPortals[1].IsLinked);
        Assert.Equal(AccessInviteKind.Share, preview.Kind);
        Assert.Equal(InviteScheduleKind.SingleWindow, preview.ScheduleKind);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 12, 0, 0, TimeSpan.Zero), preview.ValidTo);
        Assert.Equal("23:00", Assert.Single(preview.CurfewWindows!).Start);
        Assert.Equal("Asia/Jerusalem", preview.Timezone);
        Assert.Null(preview.ExternalRef);
        Assert.Null(preview.MaxDevices);
    }

    [Fact]
    public async Task Preview_without_a_portal_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.AccessInvites.PreviewAsync(
            Id, new CreateAccessInviteRequest { Schedules = { new InviteScheduleEntryInput { ExpiresIn = "2h" } } }));

        Assert.Equal("request", ex.ParamName);
        Assert.Contains("PortalIds", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "reconcile_integration_access_invite")]
    public async Task Reconcile_sends_the_record_state_and_invitation_with_an_automatic_idempotency_key()
    {
        await _fake.RespondAsync("reconcile_integration_access_invite", 200, InviteSamples.ReconcileCreated);
        using var client = _fake.CreateClient();

        var reconciled = (await client.Integrations.AccessInvites.ReconcileAsync(
            Id,
            new ReconcileAccessInviteRequest
            {
                ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "res-5521", Revision = 4 },
                State = ReconcileInviteState.Active,
                Invitation = new CreateAccessInviteRequest
                {
                    PortalIds = { Samples.PortalId },
                    Name = "Room 12, Dana Levi",
                    Schedules = { new InviteScheduleEntryInput { StartsIn = "1h", ExpiresIn = "3d" } },
                },
            },
            new OpenAppRequestOptions { CorrelationId = "sync-5521-4" })).Value;

        var request = await _fake.AssertSingleCallAsync(
            "reconcile_integration_access_invite",
            "POST",
            $"/integrations/{Id}/access-invites/reconcile",
            TestKeys.Org,
            """
            {
              "external_ref": { "source": "mews", "record_id": "res-5521", "revision": 4 },
              "state": "active",
              "invitation": {
                "name": "Room 12, Dana Levi",
                "portal_ids": ["01JA80B4D2E5F6G7H8J9K0M1N2"],
                "schedules": [ { "starts_in": "1h", "expires_in": "3d" } ]
              }
            }
            """);
        Assert.False(string.IsNullOrWhiteSpace(WireAssert.Header(request, "Idempotency-Key")));
        Assert.Equal("sync-5521-4", WireAssert.Header(request, "X-Correlation-Id"));
        Assert.Equal(ReconcileAction.Created, reconciled.Action);
        Assert.Equal(Samples.InviteId, reconciled.InviteLinkId);
        Assert.Equal("inv_R8c2Xw5pQ1", reconciled.InviteToken);
        Assert.Equal("https://openapp.house/i/inv_R8c2Xw5pQ1", reconciled.InviteUrl);
        Assert.False(reconciled.IdempotentReplay);
        Assert.Equal("res-5521", reconciled.ExternalRef!.RecordId);
        Assert.Equal(4, reconciled.ExternalRef.Revision);
        Assert.Equal("sync-5521-4", reconciled.ExternalRef.CorrelationId);
        Assert.Equal(Samples.InviteId, reconciled.Invite!.Id);
        Assert.Equal("active", reconciled.Invite.State);
    }

    [Fact]
    [Trait("operationId", "reconcile_integration_access_invite")]
    public async Task Reconcile_to_revoked_sends_no_invitation_and_decodes_an_answer_without_an_invite()
    {
        await _fake.RespondAsync("reconcile_integration_access_invite", 200, InviteSamples.ReconcileRevokedNothing);
        using var client = _fake.CreateClient();

        var reconciled = (await client.Integrations.AccessInvites.ReconcileAsync(
            Id,
            new ReconcileAccessInviteRequest
            {
                ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "res-5521" },
                State = ReconcileInviteState.Revoked,
            },
            new OpenAppRequestOptions { IdempotencyKey = "cancel-res-5521" })).Value;

        var request = await _fake.AssertSingleCallAsync(
            "reconcile_integration_access_invite",
            "POST",
            $"/integrations/{Id}/access-invites/reconcile",
            TestKeys.Org,
            """{ "external_ref": { "source": "mews", "record_id": "res-5521" }, "state": "revoked" }""");
        Assert.Equal("cancel-res-5521", WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(ReconcileAction.Unchanged, reconciled.Action);
        Assert.Null(reconciled.Invite);
        Assert.Null(reconciled.InviteLinkId);
        Assert.Null(reconciled.InviteToken);
    }

    [Fact]
    [Trait("operationId", "reconcile_integration_access_invite")]
    public async Task Reconcile_is_retried_after_a_503_with_the_same_key_and_body()
    {
        var clock = new TestClock();
        var route = Request.Create().WithPath($"/api/v1/integrations/{Id}/access-invites/reconcile").UsingPost();
        _fake.Server.Sequence(route, ServerScript.Error(503, "unavailable"), ServerScript.Json(200, InviteSamples.ReconcileRevokedNothing));
        using var client = _fake.CreateClient(clock);

        var reconciled = await clock.DriveAsync(client.Integrations.AccessInvites.ReconcileAsync(
            Id,
            new ReconcileAccessInviteRequest
            {
                ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "res-5521" },
                State = ReconcileInviteState.Revoked,
            }));

        Assert.Equal(ReconcileAction.Unchanged, reconciled.Value.Action);
        var writes = _fake.Server.LogEntries.ToList();
        Assert.Equal(2, writes.Count);
        var key = writes[0].Header("Idempotency-Key");
        Assert.False(string.IsNullOrWhiteSpace(key));
        Assert.Equal(key, writes[1].Header("Idempotency-Key"));
        Assert.Equal(writes[0].RequestMessage!.Body, writes[1].RequestMessage!.Body);
    }

    [Theory]
    [InlineData("ExternalRef")]
    [InlineData("Invitation is required")]
    [InlineData("ExternalRef of its own")]
    [InlineData("Schedules")]
    public async Task Reconcile_that_the_server_would_refuse_is_refused_before_anything_is_sent(string problem)
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.AccessInvites.ReconcileAsync(Id, Refused(problem)));

        Assert.Equal("request", ex.ParamName);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Server.LogEntries);
    }

    private static ReconcileAccessInviteRequest Refused(string problem) => problem switch
    {
        "ExternalRef" => new ReconcileAccessInviteRequest
        {
            ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = " " },
            State = ReconcileInviteState.Revoked,
        },
        "Invitation is required" => new ReconcileAccessInviteRequest { ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "r1" } },
        "ExternalRef of its own" => new ReconcileAccessInviteRequest
        {
            ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "r1" },
            Invitation = new CreateAccessInviteRequest
            {
                PortalIds = { Samples.PortalId },
                Schedules = { new InviteScheduleEntryInput { ExpiresIn = "1h" } },
                ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "r1" },
            },
        },
        _ => new ReconcileAccessInviteRequest
        {
            ExternalRef = new ExternalReferenceInput { Source = "mews", RecordId = "r1" },
            State = ReconcileInviteState.Active,
            Invitation = new CreateAccessInviteRequest { PortalIds = { Samples.PortalId } },
        },
    };
}
