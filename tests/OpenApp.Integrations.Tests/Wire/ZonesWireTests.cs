using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the zone list (a bare array).</summary>
public sealed class ZonesWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public ZonesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_zones")]
    public async Task List_sends_the_given_flags_and_decodes_the_bare_array()
    {
        await _fake.RespondAsync("list_integration_zones", 200, Samples.Zones);
        using var client = _fake.CreateClient();

        var zones = (await client.Integrations.Zones.ListAsync(
            Id, new ListZonesOptions { IncludeDeleted = false, OnlyDeleted = false, IncludeMetadata = true })).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_zones",
            "GET",
            $"/integrations/{Id}/zones?include_deleted=false&only_deleted=false&include_metadata=true",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal(2, zones.Count);
        Assert.Equal(Samples.ZoneId, zones[0].Id);
        Assert.Equal("קומה 3", zones[0].Name["he"]);
        Assert.Equal("area.floor_3", zones[0].ExternalId);
        Assert.Equal("3", zones[0].Metadata!["floor"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 25, 0, TimeSpan.Zero), zones[0].CreatedAt);
        Assert.False(zones[0].CacheHit);
        Assert.Equal(Samples.ZoneId, zones[1].ParentZoneId);
        Assert.Null(zones[1].CreatedAt);
    }

    [Fact]
    [Trait("operationId", "list_integration_zones")]
    public async Task List_without_options_sends_no_query()
    {
        await _fake.RespondAsync("list_integration_zones", 200, "[]");
        using var client = _fake.CreateClient();

        var zones = (await client.Integrations.Zones.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("list_integration_zones", "GET", $"/integrations/{Id}/zones", TestKeys.Org, jsonBody: null);
        Assert.Empty(zones);
    }
}
