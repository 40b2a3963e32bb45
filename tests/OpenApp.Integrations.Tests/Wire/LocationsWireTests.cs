using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the locations list: a page with a search, and no X-Org (the contract declares none).</summary>
public sealed class LocationsWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public LocationsWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_locations")]
    public async Task List_sends_the_page_without_X_Org_and_decodes_the_locations()
    {
        await _fake.RespondAsync("list_integration_locations", 200, LifecycleSamples.LocationPage);
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.Locations.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_locations", "GET", $"/integrations/{Id}/locations?limit=50&offset=0", organization: null, jsonBody: null);
        Assert.Equal(1, page.Total);
        var location = Assert.Single(page.Items);
        Assert.Equal(LifecycleSamples.LocationId, location.Id);
        Assert.Equal(LocationKind.Address, location.Kind);
        Assert.Equal("12 Harbor Street, Haifa", location.FormattedAddress!.Get("en"));
        Assert.Equal("Haifa", location.City!.Get("en"));
        Assert.Equal(32.8191, location.Lat);
        Assert.Equal(GeocodingProviderId.Google, location.GeocodingProvider);
        Assert.Equal("integration", location.Source!.OwnerKind);
        Assert.True(location.IsRelevant);
        Assert.False(location.IsBoundHere);
        Assert.Equal(3, location.UsageCount);
        Assert.Null(location.Notes);
    }

    [Fact]
    [Trait("operationId", "list_integration_locations")]
    public async Task List_sends_the_search_after_the_page_escaped()
    {
        await _fake.RespondAsync("list_integration_locations", 200, LifecycleSamples.LocationPage);
        using var client = _fake.CreateClient();

        await client.Integrations.Locations.ListAsync(Id, new ListLocationsOptions { Limit = 10, Offset = 20, Search = "Harbor St & 12" });

        await _fake.AssertSingleCallAsync(
            "list_integration_locations",
            "GET",
            $"/integrations/{Id}/locations?limit=10&offset=20&search=Harbor%20St%20%26%2012",
            organization: null,
            jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "list_integration_locations")]
    public async Task A_blank_search_is_left_out()
    {
        await _fake.RespondAsync("list_integration_locations", 200, LifecycleSamples.LocationPage);
        using var client = _fake.CreateClient();

        await client.Integrations.Locations.ListAsync(Id, new ListLocationsOptions { Search = "  " });

        await _fake.AssertSingleCallAsync(
            "list_integration_locations", "GET", $"/integrations/{Id}/locations?limit=50&offset=0", organization: null, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "list_integration_locations")]
    public async Task List_needs_no_organization_at_all()
    {
        await _fake.RespondAsync("list_integration_locations", 200, LifecycleSamples.LocationPage);
        using var client = _fake.CreateClient(organizationId: null);

        var page = (await client.Integrations.Locations.ListAsync(Id)).Value;

        Assert.Single(page.Items);
        Assert.Null(WireAssert.Header(Assert.Single(_fake.Server.LogEntries).RequestMessage!, "X-Org"));
    }

    [Fact]
    [Trait("operationId", "list_integration_locations")]
    public async Task ListAll_walks_the_pages_by_the_items_received_keeping_the_search()
    {
        var second = LifecycleSamples.Location.Replace(LifecycleSamples.LocationId, "01JA91J1AD9Y5W8X3C0E2F4H7P", StringComparison.Ordinal);
        await _fake.RespondToQueryAsync("list_integration_locations", "offset", "0", 200, "{\"items\": [" + LifecycleSamples.Location + "], \"total\": 2}");
        await _fake.RespondToQueryAsync("list_integration_locations", "offset", "1", 200, "{\"items\": [" + second + "], \"total\": 2}");
        using var client = _fake.CreateClient();

        var ids = new List<string>();
        await foreach (var location in client.Integrations.Locations.ListAllAsync(Id, new ListLocationsOptions { Limit = 5, Search = "Haifa" }))
        {
            ids.Add(location.Id);
        }

        Assert.Equal(new[] { LifecycleSamples.LocationId, "01JA91J1AD9Y5W8X3C0E2F4H7P" }, ids);
        Assert.Equal(
            new[]
            {
                $"/api/v1/integrations/{Id}/locations?limit=5&offset=0&search=Haifa",
                $"/api/v1/integrations/{Id}/locations?limit=5&offset=1&search=Haifa",
            },
            _fake.Server.LogEntries.Select(e => WireAssert.RawPathAndQuery(e.RequestMessage!)));
    }

    [Fact]
    public async Task Bad_input_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var locations = client.Integrations.Locations;

        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => locations.ListAsync(" "))).ParamName);
        Assert.Equal("Limit", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => locations.ListAsync(Id, new ListLocationsOptions { Limit = 0 }))).ParamName);
        Assert.Equal("Offset", Assert.Throws<ArgumentOutOfRangeException>(() => locations.ListAllAsync(Id, new ListLocationsOptions { Offset = -1 })).ParamName);

        Assert.Empty(_fake.Server.LogEntries);
    }
}
