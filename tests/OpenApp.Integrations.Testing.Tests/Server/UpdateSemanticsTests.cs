using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class UpdateSemanticsTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public UpdateSemanticsTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task Config_and_secrets_are_kept_when_omitted_cleared_by_null_and_replaced_by_an_object()
    {
        using var client = _server.CreateClient();
        var api = client.Integrations;
        var id = (await api.CreateAsync(new CreateIntegrationRequest
        {
            ProviderType = ProviderType.HomeAssistant,
            Config = Json.Parse("""{"base_url": "http://ha.local"}"""),
            Secrets = Json.Parse("""{"access_token": "t0k3n"}"""),
        })).Value.Id;

        await api.UpdateAsync(id, new UpdateIntegrationRequest { Enabled = false });
        var kept = _server.FindIntegration(id)!;
        Assert.False(kept.Enabled);
        Assert.Equal("http://ha.local", kept.Config!.Value.GetProperty("base_url").GetString());
        Assert.Equal("t0k3n", kept.Secrets!.Value.GetProperty("access_token").GetString());

        await api.UpdateAsync(id, new UpdateIntegrationRequest { Config = null });
        Assert.Null(_server.FindIntegration(id)!.Config);
        Assert.True(_server.FindIntegration(id)!.HasSecrets);

        await api.UpdateAsync(id, new UpdateIntegrationRequest { Secrets = Json.Parse("""{"access_token": "n3w"}""") });
        Assert.Equal("n3w", _server.FindIntegration(id)!.Secrets!.Value.GetProperty("access_token").GetString());

        await api.UpdateAsync(id, new UpdateIntegrationRequest { Secrets = null });
        Assert.False(_server.FindIntegration(id)!.HasSecrets);
        Assert.Equal("Home Assistant", _server.FindIntegration(id)!.Name["en"]);
    }

    [Fact]
    public async Task Secrets_never_appear_in_responses_or_in_the_request_log()
    {
        using var client = _server.CreateClient();
        var created = (await client.Integrations.CreateAsync(new CreateIntegrationRequest
        {
            ProviderType = "virtual_access",
            Secrets = Json.Parse("""{"pin": "PLANTED-9876"}"""),
        })).Value;
        await client.Integrations.UpdateAsync(created.Id, new UpdateIntegrationRequest { Secrets = null });
        var spec = new RequestSpec(HttpMethod.Get, "/integrations/{id}", "get_integration").SetPathParameter("id", created.Id);
        var raw = (await client.Transport.SendAsync(spec, OpenAppJson.TypeInfo<JsonElement>())).Value;

        Assert.False(raw.TryGetProperty("secrets", out _));
        Assert.DoesNotContain("PLANTED", created.AdditionalProperties.Keys.Concat(created.AdditionalProperties.Values.Select(v => v.ToString() ?? string.Empty)));
        var create = Assert.Single(_server.RequestsFor("create_integration"));
        Assert.DoesNotContain("PLANTED", create.Body);
        Assert.Equal(RecordedRequest.Redacted, JsonDocument.Parse(create.Body!).RootElement.GetProperty("secrets").GetString());
        var clear = Assert.Single(_server.RequestsFor("update_integration"));
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(clear.Body!).RootElement.GetProperty("secrets").ValueKind);
    }

    [Fact]
    public async Task A_rename_sends_only_the_name()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { Config = System.Text.Json.Nodes.JsonNode.Parse("""{"a": 1}""") });

        await client.Integrations.UpdateAsync(id, new UpdateIntegrationRequest { Name = LocalizedString.FromLocale("en", "Renamed") });

        Assert.Equal("""{"name":{"en":"Renamed"}}""", Assert.Single(_server.Requests).Body);
        Assert.Equal(1, _server.FindIntegration(id)!.Config!.Value.GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task Invite_updates_change_only_what_is_sent_and_revoked_invites_cannot_be_updated()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var invites = client.Integrations.AccessInvites;
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;
        var invite = (await invites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { portal.Id },
            Name = "Guest",
            MaxUses = 2,
            Schedules =
            {
                new InviteScheduleEntryInput
                {
                    ValidFrom = new DateTimeOffset(2030, 1, 1, 10, 0, 0, TimeSpan.Zero),
                    ValidTo = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero),
                },
            },
        })).Value;
        Assert.Equal(7200, invite.Schedule.SlotDurationSeconds);
        Assert.NotNull(invite.Schedule.NextWindow);

        var updated = (await invites.UpdateAsync(id, invite.InviteLinkId, new UpdateAccessInviteRequest { MaxUses = null })).Value;
        Assert.Null(updated.MaxUses);
        Assert.Equal("Guest", updated.Name);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero), updated.ValidTo);
        Assert.Equal("scheduled", updated.State);

        // Delete is for good: the invite is gone.
        await invites.DeleteAsync(id, invite.InviteLinkId);
        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => invites.UpdateAsync(id, invite.InviteLinkId, new UpdateAccessInviteRequest { Name = "x" }));
        Assert.Equal(404, error.Status);
    }
}
