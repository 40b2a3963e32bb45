using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class ValidationTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public ValidationTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Theory]
    [InlineData("""{"org_id": "01HFAKE0RG0000000000000000", "name": "x"}""", "provider_type", "is required")]
    [InlineData("""{"org_id": "01HFAKE0RG0000000000000000", "provider_type": 5}""", "provider_type", "must be a string")]
    [InlineData("""{"provider_type": "virtual_access"}""", "org_id", "is required")]
    [InlineData("""{"org_id": "01HFAKE0RG0000000000000000", "provider_type": "virtual_access", "enabled": "yes"}""", "enabled", "must be a boolean")]
    [InlineData("""{"org_id": "01HFAKE0RG0000000000000000", "provider_type": "virtual_access", "name": {"value": {"en": "Lobby"}}}""", "name", "")]
    [InlineData("""{"org_id": "01HFAKE0RG0000000000000000", "provider_type": "no_such_provider"}""", "provider_type", "not a known provider type")]
    public async Task A_bad_create_body_is_400_naming_the_field(string body, string field, string problem)
    {
        using var client = _server.CreateClient();
        var spec = new RequestSpec(HttpMethod.Post, "/integrations", "create_integration") { Body = Raw.Body(body) };

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Transport.SendAsync(spec));

        Assert.Equal(400, error.Status);
        Assert.Contains($"'{field}'", error.ServerMessage);
        Assert.Contains(problem, error.ServerMessage);
        using var details = JsonDocument.Parse(error.RawBody!);
        Assert.Equal(field, details.RootElement.GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(0, (await client.Integrations.ListAsync()).Value.Total);
    }

    [Fact]
    public async Task A_nested_field_is_named_by_its_path()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Door" })).Value;
        var spec = new RequestSpec(HttpMethod.Post, "/integrations/{id}/access-invites", "create_integration_access_invite")
        {
            Body = Raw.Body($$"""{"portal_ids": ["{{portal.Id}}"], "schedules": [{"valid_from": "2030-01-01T00:00:00Z", "valid_to": "next tuesday"}]}"""),
        }.SetPathParameter("id", id);

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Transport.SendAsync(spec));

        Assert.Equal(400, error.Status);
        Assert.Contains("schedules[0].valid_to", error.ServerMessage);
        Assert.Contains("RFC 3339", error.ServerMessage);
    }

    [Fact]
    public async Task An_invite_for_a_portal_of_another_integration_is_400_naming_the_portal()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.AccessInvites.CreateAsync(
            id, new CreateAccessInviteRequest { PortalIds = { "no-such-portal" }, Schedules = { new InviteScheduleEntryInput { ExpiresIn = "1h" } } }));

        Assert.Equal(400, error.Status);
        Assert.Contains("'portal_ids[0]'", error.ServerMessage);
    }

    [Theory]
    [InlineData("output_options=include_deleted%3Dfalse&limit=5", "output_options", "flat keys")]
    [InlineData("pagination%5Blimit%5D=5&include_deleted=false&only_deleted=false", "pagination[limit]", "flat keys")]
    [InlineData("includeDeleted=false&only_deleted=false", "includeDeleted", "snake_case")]
    [InlineData("include_deleted=false&only_deleted=false&include_metadata=false", "include_metadata", "not a query parameter")]
    [InlineData("include_deleted=False&only_deleted=false", "include_deleted", "lower case")]
    [InlineData("include_deleted=false&only_deleted=false&limit=-1", "limit", "0 or more")]
    [InlineData("include_deleted=false&only_deleted=false&cursor=abc", "cursor", "not a query parameter")]
    public async Task Query_keys_that_are_not_the_flat_bundle_keys_are_400(string query, string field, string hint)
    {
        var (status, body) = await Raw.SendAsync(
            HttpMethod.Get, new Uri(_server.ApiRoot + "/integrations?" + query), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId);

        Assert.Equal(400, status);
        var error = JsonSerializer.Deserialize(body, OpenAppJson.TypeInfo<ApiErrorResponse>())!;
        Assert.Contains($"'{field}'", error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public async Task The_SDK_list_query_is_accepted_as_it_is()
    {
        using var client = _server.CreateClient();

        await client.Integrations.ListAsync(new ListIntegrationsOptions { ProviderType = ProviderType.Knx, Query = "a b", Limit = 7, Offset = 1 });

        var logged = Assert.Single(_server.Requests);
        Assert.Equal(200, logged.ResponseStatus);
        Assert.Equal("include_deleted=false&only_deleted=false&limit=7&offset=1&provider_type=knx&q=a%20b", logged.Query);
        Assert.Equal("a b", logged.QueryValue("q"));
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var api = client.Integrations;

        async Task<int> StatusOf(Func<Task> call) => (await Assert.ThrowsAnyAsync<OpenAppApiException>(call)).Status;

        Assert.Equal(404, await StatusOf(() => api.GetAsync("nope")));
        Assert.Equal(404, await StatusOf(() => api.AccessPortals.GetAsync("nope")));
        Assert.Equal(404, await StatusOf(() => api.AccessPortals.DeleteAsync(id, "nope")));
        Assert.Equal(404, await StatusOf(() => api.AccessInvites.RestoreAsync(id, "nope")));
        Assert.Equal(404, await StatusOf(() => api.People.DeleteAsync(id, "nope")));
        Assert.Equal(404, await StatusOf(() => api.RunOpAsync(id, "nope")));
        Assert.Equal(404, await StatusOf(() => api.Zones.ListAsync("nope")));
    }

    [Fact]
    public async Task An_id_with_a_slash_is_one_path_segment()
    {
        using var client = _server.CreateClient();
        _server.SeedIntegration(new FakeIntegrationSeed { Id = "a/b", Name = "Slashed" });

        var read = (await client.Integrations.GetAsync("a/b")).Value;

        Assert.Equal("a/b", read.Id);
        Assert.Equal("/api/v1/integrations/a%2Fb", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Unknown_routes_are_404_and_wrong_methods_405()
    {
        var (missing, _) = await Raw.SendAsync(HttpMethod.Get, new Uri(_server.ApiRoot + "/integrations/x/nothing-here"), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId);
        var (wrongMethod, _) = await Raw.SendAsync(HttpMethod.Patch, new Uri(_server.ApiRoot + "/integrations/x"), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId);

        Assert.Equal(404, missing);
        Assert.Equal(405, wrongMethod);
        Assert.All(_server.Requests, r => Assert.Null(r.OperationId));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var (status, body) = await Raw.SendAsync(HttpMethod.Post, new Uri(_server.ApiRoot + "/integrations"), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId, "{not json");

        Assert.Equal(400, status);
        Assert.Contains("not valid JSON", body);
    }
}
