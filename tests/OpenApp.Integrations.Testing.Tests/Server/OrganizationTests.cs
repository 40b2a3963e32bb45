using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class OrganizationTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public OrganizationTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_request_without_X_Org_on_an_org_scoped_route_is_403_org_required()
    {
        var id = _server.SeedIntegration();
        using var client = _server.CreateClient();
        var spec = new RequestSpec(HttpMethod.Get, "/integrations/{id}", "get_integration") { RequiresOrganization = false }
            .SetPathParameter("id", id);

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Transport.SendAsync(spec));

        Assert.Equal(403, error.Status);
        Assert.Equal("org_required", error.ErrorCode);
        Assert.Contains("X-Org", error.ServerMessage);
        var logged = Assert.Single(_server.Requests);
        Assert.Null(logged.OrganizationId);
        Assert.Equal(403, logged.ResponseStatus);
    }

    [Fact]
    public async Task Provider_type_routes_need_no_organization()
    {
        using var client = _server.CreateClient(organizationId: null);

        var types = (await client.Integrations.ListProviderTypesAsync()).Value;
        var definition = (await client.Integrations.GetProviderDefinitionAsync(ProviderType.ShellyCloud)).Value;

        Assert.Equal("Shelly Cloud", types["shelly_cloud"].Get("en"));
        Assert.Equal("shelly_cloud", definition.GetProperty("provider_type").GetString());
        Assert.All(_server.Requests, r => Assert.Null(r.OrganizationId));
    }

    [Fact]
    public async Task Another_organizations_resources_are_not_found()
    {
        using var client = _server.CreateClient();
        var mine = (await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "virtual_access", Name = LocalizedString.FromText("Mine") })).Value;
        var portal = (await client.Integrations.AccessPortals.CreateAsync(mine.Id, new CreateAccessPortalRequest { Name = "Door" })).Value;
        var other = client.ForOrganization(FakeOpenAppServer.OtherOrganizationId);

        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.GetAsync(mine.Id))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.UpdateAsync(mine.Id, new UpdateIntegrationRequest { Enabled = false }))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.AccessPortals.GetAsync(portal.Id))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.ListEntitiesAsync(mine.Id))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => other.Integrations.PurgeAsync(mine.Id))).Status);
        Assert.Equal(0, (await other.Integrations.ListAsync()).Value.Total);

        // The owner still sees it, unchanged.
        Assert.True((await client.Integrations.GetAsync(mine.Id)).Value.Enabled);
        Assert.Equal(
            new[] { FakeOpenAppServer.OtherOrganizationId },
            _server.Requests.Where(r => r.ResponseStatus == 404).Select(r => r.OrganizationId).Distinct());
    }

    [Fact]
    public async Task Create_rejects_an_org_id_that_is_not_the_X_Org_organization()
    {
        using var client = _server.CreateClient();

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.CreateAsync(
            new CreateIntegrationRequest { ProviderType = "virtual_access", OrgId = FakeOpenAppServer.OtherOrganizationId }));

        Assert.Equal(400, error.Status);
        Assert.Equal("org_mismatch", error.ErrorCode);
        Assert.Contains("org_id", error.ServerMessage);
    }
}
