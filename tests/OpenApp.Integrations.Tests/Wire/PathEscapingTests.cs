using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>
/// Every id goes out as exactly ONE escaped path segment, checked on the raw request target (WireMock logs decoded,
/// normalised paths). An id must never reach another route: <c>..</c> must not climb out of <c>/integrations</c>.
/// </summary>
public sealed class PathEscapingTests : IAsyncLifetime
{
    private RawRequestServer _server = null!;

    public async Task InitializeAsync() => _server = await RawRequestServer.StartAsync(200, Samples.Integration);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("%2e%2e", "%252e%252e")]
    [InlineData("%2F", "%252F")]
    [InlineData("lobby door", "lobby%20door")]
    [InlineData("דלת", "%D7%93%D7%9C%D7%AA")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("a;b=c&d", "a%3Bb%3Dc%26d")]
    [InlineData("100%", "100%25")]
    public async Task An_integration_id_is_one_escaped_segment(string id, string escaped)
    {
        using var client = _server.CreateClient();

        await client.Integrations.GetAsync(id);
        await client.Integrations.PurgeAsync(id);

        Assert.Equal(
            new[] { "GET /api/v1/integrations/" + escaped, "DELETE /api/v1/integrations/" + escaped + "/purge" },
            _server.Requests.Select(r => r.Method + " " + r.RawTarget));
    }

    [Fact]
    public async Task Two_ids_in_one_path_are_escaped_independently()
    {
        using var client = _server.CreateClient();

        await client.Integrations.AccessPortals.UpdateAsync("../x", "a/../b", new UpdateAccessPortalRequest());
        await client.Integrations.RunOpAsync("%2e%2e", "...");

        Assert.Equal(
            new[]
            {
                "PUT /api/v1/integrations/..%2Fx/access-portals/a%2F..%2Fb",
                "POST /api/v1/integrations/%252e%252e/ops/...",
            },
            _server.Requests.Select(r => r.Method + " " + r.RawTarget));
    }

    [Fact]
    public async Task A_provider_type_is_one_escaped_segment()
    {
        using var client = _server.CreateClient();

        await client.Integrations.GetProviderDefinitionAsync(new ProviderType("../x"));
        await client.Integrations.GetProviderDefinitionAsync(new ProviderType("x/y"));

        Assert.Equal(
            new[] { "/api/v1/integrations/provider-types/..%2Fx/definition", "/api/v1/integrations/provider-types/x%2Fy/definition" },
            _server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task Query_values_are_escaped_as_data_on_the_wire()
    {
        using var client = _server.CreateClient();

        await client.Integrations.ListAsync(new ListIntegrationsOptions { Query = "a&b=c#d+e %", ProviderType = new ProviderType("x y") });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(
            "/api/v1/integrations?include_deleted=false&only_deleted=false&limit=50&offset=0&provider_type=x%20y&q=a%26b%3Dc%23d%2Be%20%25",
            request.RawTarget);
    }

    [Fact]
    public async Task An_error_for_an_escaped_id_carries_the_path_as_sent()
    {
        await using var failing = await RawRequestServer.StartAsync(404, """{"message": "Integration not found", "error_code": "not_found"}""");
        using var client = failing.CreateClient();

        var error = await Assert.ThrowsAsync<global::OpenApp.Integrations.OpenAppNotFoundException>(() => client.Integrations.GetAsync("../x"));

        Assert.Equal(404, error.Status);
        Assert.Equal("/api/v1/integrations/..%2Fx", Assert.Single(failing.Requests).RawTarget);
        Assert.Equal("/api/v1/integrations/..%2Fx", error.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task A_dot_segment_id_fails_before_sending(string id)
    {
        // System.Uri and many servers treat "." and ".." as navigation even when escaped: no real id looks like that.
        using var client = _server.CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.GetAsync(id));

        Assert.Equal("id", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_id_fails_before_sending(string id)
    {
        using var client = _server.CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.GetAsync(id));

        Assert.Equal("id", error.ParamName);
        Assert.Empty(_server.Requests);
    }
}
