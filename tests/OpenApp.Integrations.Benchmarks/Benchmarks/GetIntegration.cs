using BenchmarkDotNet.Attributes;
using OpenApp.Integrations.Benchmarks.Infrastructure;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary><c>GET /integrations/{id}</c>: one integration.</summary>
public class GetIntegration : InMemoryBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<IntegrationResponse> HandWritten() => HandWrittenClient.GetIntegrationAsync(Payloads.IntegrationId);

    [Benchmark]
    public Task<OpenAppResponse<IntegrationResponse>> Sdk() => Client.Integrations.GetAsync(Payloads.IntegrationId);

    private protected override async Task<int> SdkOnce() => (await Sdk().ConfigureAwait(false)).Value.Id is null ? 0 : 1;

    private protected override async Task<int> BaselineOnce() => (await HandWritten().ConfigureAwait(false)).Id is null ? 0 : 1;
}
