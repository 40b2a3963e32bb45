using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class PagingTests : IClassFixture<SmallPagesFixture>
{
    private readonly FakeOpenAppServer _server;

    public PagingTests(SmallPagesFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task Pages_are_capped_at_the_max_page_size_even_when_more_is_asked()
    {
        var ids = _server.SeedIntegrations(7);
        using var client = _server.CreateClient();

        var page = (await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 200 })).Value;

        Assert.Equal(SmallPagesFixture.MaxPageSize, page.Items.Count);
        Assert.Equal(7, page.Total);
        Assert.Equal(ids.Take(3), page.Items.Select(i => i.Id));
        Assert.Equal("200", Assert.Single(_server.Requests).QueryValue("limit"));
    }

    [Fact]
    public async Task Walking_by_what_was_received_visits_every_item_once()
    {
        var ids = _server.SeedIntegrations(7);
        using var client = _server.CreateClient();
        var seen = new List<string>();
        var offset = 0;

        while (true)
        {
            var page = (await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 50, Offset = offset })).Value;
            seen.AddRange(page.Items.Select(i => i.Id));
            if (!page.HasMore)
            {
                break;
            }

            offset = page.NextOffset;
        }

        Assert.Equal(ids, seen);
        Assert.Equal(new[] { "0", "3", "6" }, _server.Requests.Select(r => r.QueryValue("offset")));
    }

    [Fact]
    public async Task Without_a_limit_the_default_page_size_applies_and_past_the_end_is_empty()
    {
        _server.SeedIntegrations(5);
        var url = _server.ApiRoot + "/integrations?include_deleted=false&only_deleted=false";

        var (_, firstPage) = await Raw.SendAsync(HttpMethod.Get, new Uri(url), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId);
        using var client = _server.CreateClient();
        var pastTheEnd = (await client.Integrations.ListAsync(new ListIntegrationsOptions { Offset = 9 })).Value;

        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(firstPage).RootElement.GetProperty("items").GetArrayLength());
        Assert.Empty(pastTheEnd.Items);
        Assert.Equal(5, pastTheEnd.Total);
    }

    [Fact]
    public async Task Entities_are_paged_and_capped_too()
    {
        var seed = new FakeIntegrationSeed();
        for (var i = 0; i < 5; i++)
        {
            seed.Entities.Add(new FakeEntitySeed { Name = "Door " + i });
        }

        var id = _server.SeedIntegration(seed);
        using var client = _server.CreateClient();

        var page = (await client.Integrations.ListEntitiesAsync(id, new ListEntitiesOptions { Limit = 100, Offset = 1 })).Value;

        Assert.Equal(new[] { "Door 1", "Door 2", "Door 3" }, page.Items.Select(e => e.Name));
        Assert.Equal(5, page.Total);
    }
}
