using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The invite link's life: revoke (restore is with the other invite tests) and token rotation.</summary>
public sealed class AccessInviteLinkWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string InviteId = Samples.InviteId;
    private readonly WireMockFixture _fake;

    public AccessInviteLinkWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "revoke_integration_access_invite")]
    public async Task Revoke_posts_without_a_body_with_the_callers_correlation_id_and_decodes_the_invite()
    {
        var revokedJson = Samples.Invite
            .Replace("\"state\": \"active\"", "\"state\": \"revoked\"", StringComparison.Ordinal)
            .Replace("\"revoked_at\": null", "\"revoked_at\": \"2026-04-20T07:40:00Z\"", StringComparison.Ordinal);
        await _fake.RespondAsync("revoke_integration_access_invite", 200, revokedJson);
        using var client = _fake.CreateClient();

        var revoked = (await client.Integrations.AccessInvites.RevokeAsync(
            Id, InviteId, new OpenAppRequestOptions { CorrelationId = "guest-left-early" })).Value;

        var request = await _fake.AssertSingleCallAsync(
            "revoke_integration_access_invite", "POST", $"/integrations/{Id}/access-invites/{InviteId}/revoke", TestKeys.Org, jsonBody: null);
        Assert.Equal("guest-left-early", WireAssert.Header(request, "X-Correlation-Id"));
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(InviteId, revoked.Id);
        Assert.Equal("revoked", revoked.State);
        Assert.Equal(new DateTimeOffset(2026, 4, 20, 7, 40, 0, TimeSpan.Zero), revoked.RevokedAt);
    }

    [Fact]
    [Trait("operationId", "regenerate_integration_access_invite_token")]
    public async Task RegenerateToken_posts_without_a_body_and_decodes_the_new_link()
    {
        await _fake.RespondAsync("regenerate_integration_access_invite_token", 200, InviteSamples.NewToken);
        using var client = _fake.CreateClient();

        var rotated = (await client.Integrations.AccessInvites.RegenerateTokenAsync(Id, InviteId)).Value;

        await _fake.AssertSingleCallAsync(
            "regenerate_integration_access_invite_token",
            "POST",
            $"/integrations/{Id}/access-invites/{InviteId}/regenerate-token",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal("inv_N3wT0k3n9Z", rotated.InviteToken);
        Assert.Equal("https://openapp.house/i/inv_N3wT0k3n9Z", rotated.InviteUrl);
        Assert.Equal(new DateTimeOffset(2026, 4, 20, 7, 45, 0, TimeSpan.Zero), rotated.LastSharedAt);
    }

    [Fact]
    [Trait("operationId", "regenerate_integration_access_invite_token")]
    public async Task RegenerateToken_of_a_revoked_invite_surfaces_the_servers_400()
    {
        await _fake.RespondAsync(
            "regenerate_integration_access_invite_token",
            400,
            """{ "message": "The invitation is revoked.", "error_code": "invitation_revoked" }""");
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.AccessInvites.RegenerateTokenAsync(Id, InviteId));

        Assert.Equal("invitation_revoked", ex.ErrorCode);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Blank_ids_are_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var invites = client.Integrations.AccessInvites;

        Assert.Equal("inviteId", (await Assert.ThrowsAsync<ArgumentException>(() => invites.RevokeAsync(Id, " "))).ParamName);
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => invites.RegenerateTokenAsync("", InviteId))).ParamName);
        Assert.Equal("inviteId", (await Assert.ThrowsAsync<ArgumentException>(() => invites.RegenerateTokenAsync(Id, ".."))).ParamName);

        Assert.Empty(_fake.Server.LogEntries);
    }
}
