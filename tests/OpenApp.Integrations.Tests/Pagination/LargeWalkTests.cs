using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Pagination;

/// <summary>A 100,000-entity walk: every item arrives once, in order, and the walk never holds more than about one page.</summary>
public sealed class LargeWalkTests : IClassFixture<WireMockFixture>
{
    private const int Count = 100_000;
    private const int PageSize = 200;
    private readonly WireMockFixture _fake;

    public LargeWalkTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task Walking_100000_entities_keeps_at_most_the_current_and_previous_page_alive()
    {
        PagedListServer.Serve(_fake.Server, "/api/v1/integrations/int_1/entities", Count, PagedListServer.Entity, serverCap: PageSize);
        using var client = _fake.CreateClient();

        // One weak reference per page (to its first item). Every 25 pages, in the middle of a page, a full GC runs
        // and every page older than the previous one must be gone: a walk that buffered items would keep them.
        var firstItemOfPage = new List<WeakReference>(Count / PageSize);
        var index = 0;
        var maxAlive = 0;
        await foreach (var entity in client.Integrations.ListAllEntitiesAsync("int_1", new ListEntitiesOptions { Limit = PageSize }))
        {
            Assert.Equal("e" + index, entity.Id);
            if (index % PageSize == 0)
            {
                firstItemOfPage.Add(new WeakReference(entity));
            }

            if (index % (PageSize * 25) == PageSize / 2)
            {
                var alive = CountAlive(firstItemOfPage);
                maxAlive = Math.Max(maxAlive, alive);
                Assert.True(alive <= 2, $"{alive} pages were still reachable at item {index}.");
            }

            index++;
        }

        Assert.Equal(Count, index);
        Assert.Equal(Count / PageSize, firstItemOfPage.Count);
        Assert.Equal(Count / PageSize, _fake.Server.LogEntries.Count);
        Assert.InRange(maxAlive, 1, 2);
    }

    private static int CountAlive(List<WeakReference> references)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return references.Count(r => r.IsAlive);
    }
}
