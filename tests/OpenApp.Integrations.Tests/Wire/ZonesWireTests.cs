using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the zone list: output flags and page on the wire, <c>{"items": [...], "total": n}</c> back.</summary>
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
    public async Task List_sends_the_flags_and_page_and_decodes_the_page()
    {
        await _fake.RespondAsync("list_integration_zones", 200, Samples.Zones);
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.Zones.ListAsync(
            Id, new ListZonesOptions { IncludeDeleted = true, Limit = 10, Offset = 20 })).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_zones",
            "GET",
            $"/integrations/{Id}/zones?include_deleted=true&only_deleted=false&limit=10&offset=20",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal(2, page.Total);
        Assert.Equal(20, page.Offset);
        var zones = page.Items;
        Assert.Equal(2, zones.Count);
        Assert.Equal(Samples.ZoneId, zones[0].Id);
        Assert.Equal("קומה 3", zones[0].Name["he"]);
        Assert.Equal("area.floor_3", zones[0].ExternalId);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 25, 0, TimeSpan.Zero), zones[0].CreatedAt);
        Assert.Equal(Samples.ZoneId, zones[1].ParentZoneId);
        Assert.Null(zones[1].CreatedAt);
    }

    [Fact]
    [Trait("operationId", "list_integration_zones")]
    public async Task List_without_options_still_sends_the_flags_and_the_default_page()
    {
        await _fake.RespondAsync("list_integration_zones", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.Zones.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_zones", "GET", $"/integrations/{Id}/zones?include_deleted=false&only_deleted=false&limit=50&offset=0", TestKeys.Org, jsonBody: null);
        Assert.Empty(page.Items);
    }

    [Fact]
    [Trait("operationId", "list_integration_zones")]
    public async Task ListAll_walks_every_page()
    {
        var first = """{"items": [{"id": "z1", "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B", "name": {"en": "A"}}], "total": 2}""";
        var second = """{"items": [{"id": "z2", "integration_id": "01JA7ZK3QH8V6XW2M9C4RT5N0B", "name": {"en": "B"}}], "total": 2}""";
        await _fake.RespondToQueryAsync("list_integration_zones", "offset", "0", 200, first);
        await _fake.RespondToQueryAsync("list_integration_zones", "offset", "1", 200, second);
        using var client = _fake.CreateClient();

        var ids = new List<string>();
        await foreach (var zone in client.Integrations.Zones.ListAllAsync(Id))
        {
            ids.Add(zone.Id);
        }

        Assert.Equal(new[] { "z1", "z2" }, ids);
        Assert.Equal(2, _fake.Server.LogEntries.Count);
    }
}
