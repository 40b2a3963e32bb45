using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Lookups;

/// <summary>AccessPortalsClient.GetByNameAsync against a WireMock server.</summary>
public sealed class AccessPortalLookupTests : IClassFixture<WireMockFixture>
{
    private const string Path = "/api/v1/integrations/int_1/access-portals";
    private readonly WireMockFixture _fake;

    public AccessPortalLookupTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
        _fake.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "portals-1")
                .WithBody("""
                    {"items":[
                      {"id":"p1","public_id":"pub1","name":{"en":"Front door","he":"דלת ראשית"}},
                      {"id":"p2","public_id":"pub2","name":{"en":"Garage door"}},
                      {"id":"p3","public_id":"pub3","name":{"en":"Garage gate"}},
                      {"id":"p4","public_id":"pub4","name":{"en":"FRONT DOOR (old)"}}
                    ],"total":4}
                    """));
    }

    [Fact]
    public async Task Exact_match_ignores_case_and_whitespace_and_looks_at_every_locale()
    {
        using var client = _fake.CreateClient();

        var byEnglish = await client.Integrations.AccessPortals.GetByNameAsync("int_1", " front DOOR ");
        var byHebrew = await client.Integrations.AccessPortals.GetByNameAsync("int_1", "דלת ראשית");

        Assert.Equal("p1", byEnglish.Value.Id);
        Assert.Equal("portals-1", byEnglish.RequestId);
        Assert.Equal("p1", byHebrew.Value.Id);
    }

    [Fact]
    public async Task Contains_match_with_one_hit_returns_it()
    {
        using var client = _fake.CreateClient();

        var found = await client.Integrations.AccessPortals.GetByNameAsync("int_1", "(OLD)", NameMatch.Contains);

        Assert.Equal("p4", found.Value.Id);
    }

    [Fact]
    public async Task Several_matches_raise_an_ambiguity_with_every_portal()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppAmbiguousNameException<AccessPortalListItem>>(
            () => client.Integrations.AccessPortals.GetByNameAsync("int_1", "garage", NameMatch.Contains));

        Assert.Equal(new[] { "p2", "p3" }, ex.MatchIds);
        Assert.Equal(new[] { "pub2", "pub3" }, ex.Matches.Select(p => p.PublicId));
        Assert.Equal("access portal", ex.ResourceKind);
        Assert.Equal("int_1", ex.IntegrationId);
        Assert.Contains("access portals", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_match_raises_not_found_naming_the_portal_and_the_name()
    {
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppNameNotFoundException>(
            () => client.Integrations.AccessPortals.GetByNameAsync("int_1", "Back door"));

        Assert.Equal("access portal", ex.ResourceKind);
        Assert.Equal("Back door", ex.Name);
        Assert.Equal("int_1", ex.IntegrationId);
        Assert.Contains("access portal", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Back door'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_are_rejected_before_any_request()
    {
        using var client = _fake.CreateClient();
        var portals = client.Integrations.AccessPortals;

        await Assert.ThrowsAsync<ArgumentException>("name", () => portals.GetByNameAsync("int_1", "   "));
        await Assert.ThrowsAsync<ArgumentException>("name", () => portals.GetByNameAsync("int_1", string.Empty));
        await Assert.ThrowsAsync<ArgumentException>("integrationId", () => portals.GetByNameAsync(" ", "Front door"));
        await Assert.ThrowsAsync<ArgumentNullException>("integrationId", () => portals.GetByNameAsync(null!, "Front door"));
        Assert.Empty(_fake.Server.LogEntries);
    }
}
