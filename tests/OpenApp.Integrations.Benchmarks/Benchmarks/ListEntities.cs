using BenchmarkDotNet.Attributes;
using OpenApp.Integrations.Benchmarks.Infrastructure;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary><c>GET /integrations/{id}/entities</c>: one page of 200 entities.</summary>
public class ListEntities : InMemoryBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<Baseline.BaselinePage<EntityResponse>> HandWritten() =>
        HandWrittenClient.ListEntitiesAsync(Payloads.IntegrationId, Payloads.EntityPageSize, 0);

    [Benchmark]
    public Task<OpenAppResponse<Page<EntityResponse>>> Sdk() =>
        Client.Integrations.ListEntitiesAsync(Payloads.IntegrationId, new ListEntitiesOptions { Limit = Payloads.EntityPageSize });

    private protected override async Task<int> SdkOnce() => (await Sdk().ConfigureAwait(false)).Value.Items.Count;

    private protected override async Task<int> BaselineOnce() => (await HandWritten().ConfigureAwait(false)).Items.Count;
}
