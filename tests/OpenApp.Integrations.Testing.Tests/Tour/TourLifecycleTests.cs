using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Tour;

namespace OpenApp.Integrations.Testing.Tests.Tour;

/// <summary>The lifecycle steps of the tour against a server that behaves like a real one would without a second organization.</summary>
public class TourLifecycleTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public TourLifecycleTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task When_the_server_refuses_the_target_organization_the_tour_says_so_and_removes_the_relay_board_at_home()
    {
        FakeMode.Seed(_server);
        using var refuse = _server.Override("post_integration_transfer", OverrideResponse.Error(403, "org_forbidden", "No access to that organization."));
        using var client = _server.CreateClient();
        using var output = new StringWriter();

        await TourRunner.RunAsync(client, output);

        Assert.Equal(2, refuse.Served);
        Assert.Contains("server answered 403 (org_forbidden): the server does not know the made-up organization", output.ToString(), StringComparison.Ordinal);
        var purges = _server.RequestsFor("hard_delete_integration");
        Assert.Equal(2, purges.Count);
        Assert.All(purges, p => Assert.Equal((200, FakeOpenAppServer.DefaultOrganizationId), (p.ResponseStatus, p.OrganizationId)));
        Assert.Equal(FakeMode.Buildings.Count, (await client.Integrations.ListAsync()).Value.Total);
    }

    [Fact]
    public async Task A_failure_after_the_relay_board_was_added_purges_both_integrations()
    {
        using var client = _server.CreateClient();
        _server.FailNext(1, 400, route: "get_integration_image");

        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => TourRunner.RunAsync(client, TextWriter.Null));

        Assert.Equal(2, _server.RequestsFor("hard_delete_integration").Count(r => r.ResponseStatus == 200));
        Assert.Equal(0, (await client.Integrations.ListAsync()).Value.Total);
    }
}
