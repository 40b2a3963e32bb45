using BenchmarkDotNet.Attributes;
using OpenApp.Integrations.Benchmarks.Infrastructure;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary><c>GET /integrations</c>: one page of 100 integrations.</summary>
public class ListIntegrations : InMemoryBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<Baseline.BaselinePage<IntegrationResponse>> HandWritten() => HandWrittenClient.ListIntegrationsAsync(Payloads.IntegrationPageSize, 0);

    [Benchmark]
    public Task<OpenAppResponse<Page<IntegrationResponse>>> Sdk() =>
        Client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = Payloads.IntegrationPageSize });

    private protected override async Task<int> SdkOnce() => (await Sdk().ConfigureAwait(false)).Value.Items.Count;

    private protected override async Task<int> BaselineOnce() => (await HandWritten().ConfigureAwait(false)).Items.Count;
}
