using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class IdempotencyTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public IdempotencyTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_write_repeated_with_the_same_key_and_body_returns_the_first_result()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;
        var options = new OpenAppRequestOptions { IdempotencyKey = "key-1" };
        CreateAccessInviteRequest Request() => new() { PortalIds = { portal.Id }, Name = "Guest", Schedules = { new InviteScheduleEntryInput { ExpiresIn = "2h" } } };

        var first = await client.Integrations.AccessInvites.CreateAsync(id, Request(), options);
        var replay = await client.Integrations.AccessInvites.CreateAsync(id, Request(), options);

        Assert.Equal(first.Value.InviteLinkId, replay.Value.InviteLinkId);
        Assert.Equal("true", replay.Headers["Idempotent-Replayed"]);
        Assert.Single((await client.Integrations.AccessInvites.ListAsync(id)).Value.Items);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_409()
    {
        using var client = _server.CreateClient();
        var options = new OpenAppRequestOptions { IdempotencyKey = "key-2" };
        await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "knx", Name = LocalizedString.FromText("A") }, requestOptions: options);

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(
            () => client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "knx", Name = LocalizedString.FromText("B") }, requestOptions: options));

        Assert.Equal(409, error.Status);
        Assert.Equal("idempotency_key_reused", error.ErrorCode);
        Assert.Equal(1, (await client.Integrations.ListAsync()).Value.Total);
    }

    [Fact]
    public async Task Writes_without_a_key_are_not_deduplicated()
    {
        using var client = _server.CreateClient();

        await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "knx", Name = LocalizedString.FromText("A") });
        await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "knx", Name = LocalizedString.FromText("A") });

        Assert.Equal(2, (await client.Integrations.ListAsync()).Value.Total);
    }
}
