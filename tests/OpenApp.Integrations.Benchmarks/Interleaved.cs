using System.Diagnostics;
using System.Globalization;
using OpenApp.Integrations.Benchmarks.Benchmarks;

namespace OpenApp.Integrations.Benchmarks;

/// <summary>
/// A cross-check for the time ratios on a busy machine: each side runs in short alternating slices (A B B A ...) in
/// one process, so a load change on the machine hits both sides alike, and the median of the per-round ratios is
/// reported. BenchmarkDotNet measures each side in its own process minutes apart, which on shared cores can swing a
/// ratio by ±0.2. Allocations are not measured here (BenchmarkDotNet's are exact).
/// </summary>
public static class Interleaved
{
    /// <summary>Rounds per comparison unless <c>--rounds N</c> says otherwise (more rounds, a steadier median).</summary>
    public const int DefaultRounds = 16;
    private static int s_rounds = DefaultRounds;
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(150);

    public static int Run(int rounds = DefaultRounds)
    {
        s_rounds = rounds;
        Console.WriteLine("Median over " + s_rounds + " rounds of alternating " + s_slice.TotalMilliseconds + " ms slices; time ratio = SDK / hand-written.");
        Console.WriteLine();
        Console.WriteLine("| Benchmark | Hand-written | SDK | Time ratio | Throughput ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        InMemory<GetIntegration>("GetIntegration", b => b.HandWritten(), b => b.Sdk());
        InMemory<ListIntegrations>("ListIntegrations", b => b.HandWritten(), b => b.Sdk());
        InMemory<ListEntities>("ListEntities", b => b.HandWritten(), b => b.Sdk());
        InMemory<CreateIntegration>("CreateIntegration", b => b.HandWritten(), b => b.Sdk());
        foreach (var concurrency in new[] { 1, 8, 64 })
        {
            var loopback = new Loopback { Concurrency = concurrency };
            loopback.Setup();
            try
            {
                Compare($"Loopback, {concurrency} caller(s)", loopback.HandWritten, loopback.Sdk, Loopback.Requests);
            }
            finally
            {
                loopback.Cleanup();
            }
        }

        return 0;
    }

    private static void InMemory<T>(string name, Func<T, Task> handWritten, Func<T, Task> sdk)
        where T : InMemoryBenchmark, new()
    {
        var benchmark = new T();
        benchmark.Setup();
        try
        {
            Compare(name, () => handWritten(benchmark), () => sdk(benchmark), 1);
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private static void Compare(string name, Func<Task> handWritten, Func<Task> sdk, int operationsPerCall)
    {
        var baseline = new List<double>();
        var ours = new List<double>();
        var ratios = new List<double>();
        for (var round = 0; round < s_rounds; round++)
        {
            // ABBA: the side that goes first alternates, so a trend in the machine's load cancels out.
            double b, s;
            if (round % 2 == 0)
            {
                b = Slice(handWritten, operationsPerCall);
                s = Slice(sdk, operationsPerCall);
            }
            else
            {
                s = Slice(sdk, operationsPerCall);
                b = Slice(handWritten, operationsPerCall);
            }

            baseline.Add(b);
            ours.Add(s);
            ratios.Add(s / b);
        }

        var ratio = Median(ratios);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {Format(Median(baseline))} | {Format(Median(ours))} | {ratio:0.00} | {1 / ratio:0.00} |"));
    }

    // Nanoseconds per operation over one slice.
    private static double Slice(Func<Task> call, int operationsPerCall)
    {
        var calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_slice)
        {
            call().GetAwaiter().GetResult();
            calls++;
        }

        return clock.Elapsed.TotalNanoseconds / ((double)calls * operationsPerCall);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Format(double nanoseconds) =>
        nanoseconds >= 1_000_000
            ? (nanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms"
            : (nanoseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " µs";
}
