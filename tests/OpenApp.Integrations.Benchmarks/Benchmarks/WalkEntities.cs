using BenchmarkDotNet.Attributes;
using OpenApp.Integrations.Benchmarks.Infrastructure;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary>
/// Every entity of an integration: 10,000 entities in 50 pages of 200, the handler serving the page the offset asks
/// for. The SDK's <c>ListAllEntitiesAsync</c> against a hand-written offset loop.
/// </summary>
public class WalkEntities : InMemoryBenchmark
{
    [Benchmark(Baseline = true)]
    public async Task<int> HandWritten()
    {
        var count = 0;
        await foreach (var entity in HandWrittenClient.ListAllEntitiesAsync(Payloads.IntegrationId, Payloads.EntityPageSize).ConfigureAwait(false))
        {
            count += entity.Id.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public async Task<int> Sdk()
    {
        var count = 0;
        var entities = Client.Integrations.ListAllEntitiesAsync(Payloads.IntegrationId, new ListEntitiesOptions { Limit = Payloads.EntityPageSize });
        await foreach (var entity in entities.ConfigureAwait(false))
        {
            count += entity.Id.Length > 0 ? 1 : 0;
        }

        return count;
    }

    private protected override Task<int> SdkOnce() => Sdk();

    private protected override Task<int> BaselineOnce() => HandWritten();
}
