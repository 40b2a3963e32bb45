using BenchmarkDotNet.Attributes;
using OpenApp.Integrations.Benchmarks.Baseline;
using OpenApp.Integrations.Benchmarks.Infrastructure;

namespace OpenApp.Integrations.Benchmarks.Benchmarks;

/// <summary>
/// An SDK operation against its hand-written baseline over one in-memory handler serving canned bytes, so the ratio
/// is the SDK's own overhead. Before measuring, both sides are run once and must put the same requests on the wire.
/// </summary>
[MemoryDiagnoser]
public abstract class InMemoryBenchmark
{
    private protected CannedHandler Handler { get; private set; } = null!;

    private protected OpenAppClient Client { get; private set; } = null!;

    private protected BaselineClient HandWrittenClient { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Handler = new CannedHandler();
        Client = Clients.Sdk(Handler);
        HandWrittenClient = Clients.Baseline(Handler);
        WireRequest.AssertSameAsync(Handler, SdkOnce, BaselineOnce).GetAwaiter().GetResult();
        WarmUp.Run(SdkOnce, BaselineOnce);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Client.Dispose();
        Handler.Dispose();
    }

    /// <summary>One SDK call; returns how many items it produced.</summary>
    private protected abstract Task<int> SdkOnce();

    /// <summary>One baseline call; returns how many items it produced.</summary>
    private protected abstract Task<int> BaselineOnce();
}
