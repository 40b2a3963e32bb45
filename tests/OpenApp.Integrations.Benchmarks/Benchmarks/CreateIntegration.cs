using BenchmarkDotNet.Attributes;
using OpenApp.Integrations.Benchmarks.Baseline;
using OpenApp.Integrations.Benchmarks.Infrastructure;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary><c>POST /integrations</c>: a JSON body out, one integration back. Each side builds its request model per call.</summary>
public class CreateIntegration : InMemoryBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<IntegrationResponse> HandWritten() => HandWrittenClient.CreateIntegrationAsync(new CreateIntegrationBody
    {
        Enabled = true,
        Name = new Dictionary<string, string> { ["en"] = "Lobby" },
        OrgId = Payloads.OrganizationId,
        ProviderType = "virtual_access",
    });

    [Benchmark]
    public Task<OpenAppResponse<IntegrationResponse>> Sdk() => Client.Integrations.CreateAsync(new CreateIntegrationRequest
    {
        ProviderType = "virtual_access",
        Name = LocalizedString.FromLocale("en", "Lobby"),
        Enabled = true,
    });

    private protected override async Task<int> SdkOnce() => (await Sdk().ConfigureAwait(false)).Value.Id is null ? 0 : 1;

    private protected override async Task<int> BaselineOnce() => (await HandWritten().ConfigureAwait(false)).Id is null ? 0 : 1;
}
