using System.Globalization;
using OpenApp.Integrations.Benchmarks.Infrastructure;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks;

/// <summary>
/// Shows that a walk holds about one page, not the whole list: walks 10,000 entities (50 pages of 200) with each side,
/// forcing a full collection at every page boundary and recording the live heap above where the walk started. A walk
/// that kept what it had read would grow page after page; one that holds a page stays flat.
/// </summary>
public static class WalkRetention
{
    public static int Run()
    {
        using var handler = new CannedHandler();
        using var sdk = Clients.Sdk(handler);
        var baseline = Clients.Baseline(handler);

        // Warm both paths up so JIT and first-use allocations are not counted as held by the walk.
        Walk(sdk.Integrations.ListAllEntitiesAsync(Payloads.IntegrationId, new ListEntitiesOptions { Limit = Payloads.EntityPageSize }));
        Walk(baseline.ListAllEntitiesAsync(Payloads.IntegrationId, Payloads.EntityPageSize));

        var all = MeasureAll(sdk);
        Report("SDK ListAllEntitiesAsync", Walk(sdk.Integrations.ListAllEntitiesAsync(Payloads.IntegrationId, new ListEntitiesOptions { Limit = Payloads.EntityPageSize })));
        Report("hand-written offset loop", Walk(baseline.ListAllEntitiesAsync(Payloads.IntegrationId, Payloads.EntityPageSize)));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"For scale: holding all {Payloads.WalkTotal:N0} entities takes {all / 1024.0:N0} KB."));
        return 0;
    }

    private static long[] Walk(IAsyncEnumerable<EntityResponse> entities)
    {
        var heldPerPage = new List<long>();
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var seen = 0;
        var enumerator = entities.GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                if (++seen % Payloads.EntityPageSize == 0)
                {
                    // The current page is still referenced by the enumerator here: this is the walk's peak.
                    heldPerPage.Add(GC.GetTotalMemory(forceFullCollection: true) - start);
                }
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (seen != Payloads.WalkTotal)
        {
            throw new InvalidOperationException($"The walk saw {seen} entities, not {Payloads.WalkTotal}.");
        }

        return heldPerPage.ToArray();
    }

    private static long MeasureAll(OpenAppClient sdk)
    {
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var list = new List<EntityResponse>();
        var entities = sdk.Integrations.ListAllEntitiesAsync(Payloads.IntegrationId, new ListEntitiesOptions { Limit = Payloads.EntityPageSize });
        var enumerator = entities.GetAsyncEnumerator();
        while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            list.Add(enumerator.Current);
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - start;
        GC.KeepAlive(list);
        enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return held;
    }

    private static void Report(string name, long[] heldPerPage) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-26} live heap during the walk: page 1 {heldPerPage[0] / 1024.0,7:N0} KB, page 25 {heldPerPage[24] / 1024.0,7:N0} KB, " +
            $"page 50 {heldPerPage[^1] / 1024.0,7:N0} KB, peak {heldPerPage.Max() / 1024.0,7:N0} KB"));
}
