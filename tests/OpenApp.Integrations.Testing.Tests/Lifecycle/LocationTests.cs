using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The fake's locations: the organization's places as one integration sees them, searched and paged.</summary>
public class LocationTests : IClassFixture<SmallPagesFixture>
{
    private readonly FakeOpenAppServer _server;

    public LocationTests(SmallPagesFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_places_tied_to_the_integration_come_first_with_their_usage()
    {
        var lobby = _server.SeedIntegration();
        var garage = _server.SeedIntegration();
        _server.SeedLocation(Address("1 Garage Lane", garage));
        var shared = Address("12 Harbor Street", lobby, garage);
        shared.City = LocalizedString.FromLocale("en", "Haifa");
        shared.GeocodingProvider = GeocodingProviderId.Google;
        shared.ProviderPlaceId = "ChIJ-harbor";
        var sharedId = _server.SeedLocation(shared);
        using var client = _server.CreateClient(organizationId: null);

        var page = (await client.Integrations.Locations.ListAsync(lobby)).Value;

        Assert.Equal(2, page.Total);
        var first = page.Items[0];
        Assert.Equal(sharedId, first.Id);
        Assert.True(first.IsRelevant);
        Assert.Equal(2, first.UsageCount);
        Assert.Null(first.IsBoundHere);
        Assert.Equal("Haifa", first.City!.Get("en"));
        Assert.Equal(GeocodingProviderId.Google, first.GeocodingProvider);
        Assert.Equal(lobby, first.Source!.OwnerId);
        Assert.False(page.Items[1].IsRelevant);
        Assert.All(_server.RequestsFor("list_integration_locations"), r => Assert.Null(r.OrganizationId));
    }

    [Fact]
    public async Task The_search_matches_any_text_in_any_locale_ignoring_case()
    {
        var id = _server.SeedIntegration();
        _server.SeedLocation(new FakeLocationSeed
        {
            FormattedAddress = new LocalizedString(new Dictionary<string, string> { ["en"] = "4 Maple Road", ["he"] = "דרך האדר 4" }),
        });
        _server.SeedLocation(new FakeLocationSeed { Kind = LocationKind.Coordinates, Lat = 32.79, Lng = 34.98, Notes = LocalizedString.FromLocale("en", "Park by the MAPLE tree") });
        _server.SeedLocation(Address("9 Cedar Street"));
        using var client = _server.CreateClient();

        var maple = (await client.Integrations.Locations.ListAsync(id, new ListLocationsOptions { Search = "maple" })).Value;
        var hebrew = (await client.Integrations.Locations.ListAsync(id, new ListLocationsOptions { Search = "האדר" })).Value;

        Assert.Equal(2, maple.Total);
        Assert.Equal(1, hebrew.Total);
        Assert.Equal(LocationKind.Coordinates, maple.Items[1].Kind);
        Assert.Equal(32.79, maple.Items[1].Lat);
    }

    [Fact]
    public async Task Every_location_comes_through_capped_pages_and_another_organizations_stay_out()
    {
        var id = _server.SeedIntegration();
        for (var i = 1; i <= 7; i++)
        {
            _server.SeedLocation(Address($"{i} Long Street"));
        }

        _server.SeedLocation(Address("Elsewhere"), FakeOpenAppServer.OtherOrganizationId);
        using var client = _server.CreateClient();

        var all = new List<string>();
        await foreach (var location in client.Integrations.Locations.ListAllAsync(id, new ListLocationsOptions { Limit = 100 }))
        {
            all.Add(location.FormattedAddress!.Get("en")!);
        }

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"{i} Long Street"), all);
        Assert.Equal(3, _server.RequestsFor("list_integration_locations").Count);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.Locations.ListAsync("01HNOSUCHINTEGRATION000000"))).Status);
    }

    [Fact]
    public void Seeds_that_the_contract_could_not_describe_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _server.SeedLocation(new FakeLocationSeed()));
        Assert.Throws<ArgumentException>(() => _server.SeedLocation(new FakeLocationSeed { Kind = LocationKind.Coordinates, Lat = 1 }));
        Assert.Throws<ArgumentException>(() => _server.SeedLocation(new FakeLocationSeed { Kind = LocationKind.Coordinates, Lat = 91, Lng = 0 }));
        Assert.Throws<ArgumentException>(() => _server.SeedLocation(new FakeLocationSeed { FormattedAddress = "x", ProviderPlaceId = "p" }));
        var seed = Address("x");
        seed.IntegrationIds.Add("01HNOSUCHINTEGRATION000000");
        Assert.Throws<ArgumentException>(() => _server.SeedLocation(seed));
    }

    private static FakeLocationSeed Address(string text, params string[] integrationIds)
    {
        var seed = new FakeLocationSeed { FormattedAddress = LocalizedString.FromLocale("en", text) };
        foreach (var id in integrationIds)
        {
            seed.IntegrationIds.Add(id);
        }

        return seed;
    }
}
