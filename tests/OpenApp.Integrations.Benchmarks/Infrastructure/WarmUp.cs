using System.Diagnostics;

namespace OpenApp.Integrations.Benchmarks.Infrastructure;

/// <summary>
/// Runs both sides for a while before BenchmarkDotNet's own pilot and warm-up. On two busy cores the tiered JIT
/// needs a few seconds to finish optimizing the SDK's longer call path (its async
/// state machines); a short job's three warm-up iterations are not enough, and the first measured iterations then ran
/// half-optimized code. Both sides get the same treatment, so the ratio compares steady states.
/// </summary>
public static class WarmUp
{
    private static readonly TimeSpan s_perSide = TimeSpan.FromSeconds(2);

    public static void Run(params Func<Task<int>>[] sides)
    {
        foreach (var side in sides)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < s_perSide)
            {
                side().GetAwaiter().GetResult();
            }
        }

        // Let the JIT's background compilations land before BenchmarkDotNet starts its clock.
        Thread.Sleep(200);
    }
}
