using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Pagination;

/// <summary>ListAllAsync / ListAllEntitiesAsync walking a real (WireMock) server page by page.</summary>
public sealed class PagingTests : IClassFixture<WireMockFixture>
{
    private const string IntegrationsPath = "/api/v1/integrations";
    private const string EntitiesPath = "/api/v1/integrations/int_1/entities";
    private readonly WireMockFixture _fake;

    public PagingTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task Server_capping_pages_below_the_limit_neither_skips_nor_repeats()
    {
        PagedListServer.Serve(_fake.Server, EntitiesPath, count: 23, PagedListServer.Entity, serverCap: 4);
        using var client = _fake.CreateClient();

        var ids = new List<string>();
        await foreach (var entity in client.Integrations.ListAllEntitiesAsync("int_1", new ListEntitiesOptions { Limit = 10 }))
        {
            ids.Add(entity.Id);
        }

        Assert.Equal(Enumerable.Range(0, 23).Select(i => "e" + i), ids);
        Assert.Equal(new[] { 0, 4, 8, 12, 16, 20 }, PagedListServer.RequestedOffsets(_fake.Server));
        Assert.All(PagedListServer.Queries(_fake.Server), q => Assert.Equal("10", q["limit"]));
    }

    [Fact]
    public async Task Walk_starts_at_the_offset_of_the_options()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 12, PagedListServer.Integration);
        using var client = _fake.CreateClient();

        var ids = await client.Integrations.ListAllAsync(new ListIntegrationsOptions { Offset = 5, Limit = 4 }).Select(i => i.Id).ToListAsync();

        Assert.Equal(Enumerable.Range(5, 7).Select(i => "i" + i), ids);
        Assert.Equal(new[] { 5, 9 }, PagedListServer.RequestedOffsets(_fake.Server));
    }

    [Fact]
    public async Task Walk_stops_at_the_total_without_asking_for_an_empty_page()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 6, PagedListServer.Integration);
        using var client = _fake.CreateClient();

        var items = await client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 3 }).ToListAsync();

        Assert.Equal(6, items.Count);
        Assert.Equal(new[] { 0, 3 }, PagedListServer.RequestedOffsets(_fake.Server));
    }

    [Fact]
    public async Task Walk_stops_at_an_empty_page_when_the_total_overstates_the_list()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 7, PagedListServer.Integration, reportedTotal: 1000);
        using var client = _fake.CreateClient();

        var items = await client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 5 }).ToListAsync();

        Assert.Equal(7, items.Count);
        Assert.Equal(new[] { 0, 5, 7 }, PagedListServer.RequestedOffsets(_fake.Server));
    }

    [Fact]
    public async Task Nothing_is_requested_before_the_enumeration_moves()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 3, PagedListServer.Integration);
        using var client = _fake.CreateClient();

        var pageable = client.Integrations.ListAllAsync();
        var pages = pageable.AsPages();
        await using var enumerator = pageable.GetAsyncEnumerator();
        Assert.Empty(_fake.Server.LogEntries);

        Assert.True(await enumerator.MoveNextAsync());
        Assert.Single(_fake.Server.LogEntries);
        Assert.NotNull(pages);
    }

    [Fact]
    public async Task Each_enumeration_walks_again_from_the_start()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 3, PagedListServer.Integration);
        using var client = _fake.CreateClient();
        var pageable = client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 2 });

        Assert.Equal(3, (await pageable.ToListAsync()).Count);
        Assert.Equal(3, (await pageable.ToListAsync()).Count);
        Assert.Equal(new[] { 0, 2, 0, 2 }, PagedListServer.RequestedOffsets(_fake.Server));
    }

    [Fact]
    public void Bad_options_are_rejected_when_called_not_when_enumerated()
    {
        using var client = _fake.CreateClient();

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 201 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Integrations.ListAllAsync(new ListIntegrationsOptions { Offset = -1 }));
        Assert.Throws<ArgumentException>(() => client.Integrations.ListAllEntitiesAsync(" "));
        Assert.Throws<ArgumentNullException>(() => client.Integrations.ListAllEntitiesAsync(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Integrations.ListAllEntitiesAsync("int_1", new ListEntitiesOptions { Limit = -3 }));
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Options_are_copied_when_called_so_later_changes_do_not_leak_into_the_walk()
    {
        PagedListServer.Serve(_fake.Server, EntitiesPath, count: 5, PagedListServer.Entity);
        using var client = _fake.CreateClient();
        var types = new List<EntityType> { EntityType.Door, "switch" };
        var options = new ListEntitiesOptions { Limit = 3, IncludeDeleted = true, EntityTypes = types };

        var pageable = client.Integrations.ListAllEntitiesAsync("int_1", options);
        options.Limit = 1;
        options.IncludeDeleted = false;
        types.Add(EntityType.Light);
        var items = await pageable.ToListAsync();

        Assert.Equal(5, items.Count);
        var paths = _fake.Server.LogEntries.Select(e => new Uri(e.RequestMessage!.AbsoluteUrl).PathAndQuery).ToList();
        Assert.Equal(
            new[]
            {
                "/api/v1/integrations/int_1/entities?include_deleted=true&only_deleted=false&limit=3&offset=0&entity_type=door,switch",
                "/api/v1/integrations/int_1/entities?include_deleted=true&only_deleted=false&limit=3&offset=3&entity_type=door,switch",
            },
            paths.Select(Uri.UnescapeDataString));
    }

    [Fact]
    public async Task Every_page_request_carries_the_filters_and_the_per_call_organization()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 4, PagedListServer.Integration);
        using var client = _fake.CreateClient();
        var options = new ListIntegrationsOptions { Limit = 2, ProviderType = ProviderType.VirtualAccess, Query = "site", OnlyDeleted = true };

        await client.Integrations.ListAllAsync(options, new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg }).ToListAsync();

        Assert.Equal(2, _fake.Server.LogEntries.Count);
        Assert.All(_fake.Server.LogEntries, entry =>
        {
            Assert.Equal(TestKeys.OtherOrg, entry.RequestMessage!.Headers!["X-Org"].Single());
            var query = new Uri(entry.RequestMessage.AbsoluteUrl).Query;
            Assert.Contains("only_deleted=true", query, StringComparison.Ordinal);
            Assert.Contains("provider_type=virtual_access", query, StringComparison.Ordinal);
            Assert.Contains("q=site", query, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AsPages_gives_each_page_with_its_raw_response()
    {
        PagedListServer.Serve(_fake.Server, EntitiesPath, count: 10, PagedListServer.Entity, serverCap: 4);
        using var client = _fake.CreateClient();

        var pages = await client.Integrations.ListAllEntitiesAsync("int_1", new ListEntitiesOptions { Limit = 6 }).AsPages().ToListAsync();

        Assert.Equal(new[] { 0, 4, 8 }, pages.Select(p => p.Value.Offset));
        Assert.Equal(new[] { 4, 4, 2 }, pages.Select(p => p.Value.Items.Count));
        Assert.All(pages, p => Assert.Equal(10, p.Value.Total));
        Assert.All(pages, p => Assert.Equal(6, p.Value.Limit));
        Assert.Equal(new[] { true, true, false }, pages.Select(p => p.Value.HasMore));
        Assert.All(pages, p => Assert.Equal(200, p.Status));
        Assert.Equal(new[] { "req-0", "req-4", "req-8" }, pages.Select(p => p.RequestId));
        Assert.All(pages, p => Assert.False(string.IsNullOrEmpty(p.CorrelationId)));
    }

    [Fact]
    public async Task AsPages_of_an_empty_list_gives_one_empty_page()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 0, PagedListServer.Integration);
        using var client = _fake.CreateClient();

        var page = Assert.Single(await client.Integrations.ListAllAsync().AsPages().ToListAsync());

        Assert.Empty(page.Value.Items);
        Assert.Equal(0, page.Value.Total);
        Assert.Empty(await client.Integrations.ListAllAsync().ToListAsync());
    }

    [Fact]
    public async Task WithCancellation_stops_the_walk_between_items_without_another_request()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 10, PagedListServer.Integration);
        using var client = _fake.CreateClient();
        using var cts = new CancellationTokenSource();

        var seen = new List<string>();
        var walk = async () =>
        {
            await foreach (var integration in client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 5 }).WithCancellation(cts.Token))
            {
                seen.Add(integration.Id);
                if (seen.Count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(walk);
        Assert.Equal(new[] { "i0", "i1" }, seen);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task The_token_given_to_ListAllAsync_stops_the_walk_at_the_next_page()
    {
        PagedListServer.Serve(_fake.Server, IntegrationsPath, count: 10, PagedListServer.Integration);
        using var client = _fake.CreateClient();
        using var cts = new CancellationTokenSource();

        var pages = 0;
        var walk = async () =>
        {
            await foreach (var page in client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 5 }, cancellationToken: cts.Token).AsPages())
            {
                pages++;
                await cts.CancelAsync();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(walk);
        Assert.Equal(1, pages);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_walk_sends_nothing()
    {
        PagedListServer.Serve(_fake.Server, EntitiesPath, count: 10, PagedListServer.Entity);
        using var client = _fake.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await using var enumerator = client.Integrations.ListAllEntitiesAsync("int_1").GetAsyncEnumerator(cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await enumerator.MoveNextAsync());
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Theory]
    [InlineData(typeof(ListIntegrationsOptions))]
    [InlineData(typeof(ListEntitiesOptions))]
    [InlineData(typeof(ListZonesOptions))]
    [InlineData(typeof(ListAccessInvitesOptions))]
    public void The_walk_copies_every_property_of_the_list_options(Type type)
    {
        // Every settable property gets a non-default value; the copy a walk makes must carry all of them, and a
        // collection must be a copy, not the caller's list.
        var options = (ListOptions)Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(options, SampleValue(property.PropertyType));
        }

        var copy = options.At(7);

        Assert.Equal(7, copy.Offset);
        foreach (var property in type.GetProperties().Where(p => p.CanWrite && p.Name != nameof(ListOptions.Offset)))
        {
            var original = property.GetValue(options);
            var copied = property.GetValue(copy);
            if (original is System.Collections.IEnumerable list and not string)
            {
                Assert.NotSame(original, copied);
                Assert.Equal(list.Cast<object>(), ((System.Collections.IEnumerable)copied!).Cast<object>());
            }
            else
            {
                Assert.Equal(original, copied);
            }
        }
    }

    private static object SampleValue(Type type) =>
        type == typeof(int) ? 3
        : type == typeof(bool) ? true
        : type == typeof(string) ? "x"
        : type == typeof(DateTimeOffset?) ? new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)
        : type == typeof(ProviderType?) ? ProviderType.Knx
        : type == typeof(AccessInviteKind?) ? AccessInviteKind.Share
        : type == typeof(IList<EntityType>) ? new List<EntityType> { EntityType.Door }
        : throw new InvalidOperationException($"No sample value for {type}: add one for the new option property.");
}
