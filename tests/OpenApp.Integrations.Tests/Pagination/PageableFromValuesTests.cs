using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tests.Pagination;

/// <summary>Pages and pageables built from plain values, as tests that mock the SDK build them.</summary>
public sealed class PageableFromValuesTests
{
    [Fact]
    public async Task FromPages_yields_the_items_of_every_page_in_order()
    {
        var pageable = AsyncPageable<string>.FromPages(new[]
        {
            new Page<string>(new[] { "a", "b" }, total: 3, offset: 0, limit: 2),
            new Page<string>(new[] { "c" }, total: 3, offset: 2, limit: 2),
        });

        Assert.Equal(new[] { "a", "b", "c" }, await pageable.ToListAsync());
        var pages = await pageable.AsPages().ToListAsync();
        Assert.Equal(new[] { 0, 2 }, pages.Select(p => p.Value.Offset));
        Assert.All(pages, p => Assert.Equal(200, p.Status));
    }

    [Fact]
    public async Task FromPages_keeps_the_responses_given()
    {
        var response = new OpenAppResponse<Page<int>>(new Page<int>(new[] { 1 }, 1, 0, 50), 200, new Dictionary<string, string> { ["X-Request-Id"] = "r1" });

        var page = Assert.Single(await AsyncPageable<int>.FromPages(new[] { response }).AsPages().ToListAsync());

        Assert.Same(response, page);
        Assert.Equal("r1", page.RequestId);
    }

    [Fact]
    public async Task FromItems_splits_the_items_into_pages_of_the_given_size()
    {
        var pages = await AsyncPageable<int>.FromItems(Enumerable.Range(0, 7), pageSize: 3).AsPages().ToListAsync();

        Assert.Equal(new[] { 3, 3, 1 }, pages.Select(p => p.Value.Items.Count));
        Assert.Equal(new[] { 0, 3, 6 }, pages.Select(p => p.Value.Offset));
        Assert.All(pages, p => Assert.Equal(7, p.Value.Total));
        Assert.Equal(new[] { true, true, false }, pages.Select(p => p.Value.HasMore));
        Assert.Single(await AsyncPageable<int>.FromItems(Array.Empty<int>()).AsPages().ToListAsync());
    }

    [Fact]
    public async Task Model_factory_builds_pages_and_pageables()
    {
        var page = OpenAppModelFactory.Page(new[] { "x", "y" }, offset: 10);
        Assert.Equal(12, page.Total);
        Assert.Equal(12, page.NextOffset);
        Assert.False(page.HasMore);

        Assert.Equal(new[] { "p", "q" }, await OpenAppModelFactory.AsyncPageableFromItems(new[] { "p", "q" }).ToListAsync());
        Assert.Equal(new[] { "x", "y" }, await OpenAppModelFactory.AsyncPageable(new[] { page }).ToListAsync());
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_pageable_built_from_values()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in AsyncPageable<int>.FromItems(new[] { 1, 2 }).WithCancellation(cts.Token))
            {
                seen++;
            }
        });
        Assert.Equal(0, seen);
    }

    [Fact]
    public void Bad_values_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => AsyncPageable<int>.FromPages((IEnumerable<Page<int>>)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => AsyncPageable<int>.FromItems(new[] { 1 }, pageSize: 0));
        Assert.Throws<ArgumentNullException>(() => AsyncPageable<int>.FromPages(new Page<int>[] { null! }));
    }
}
