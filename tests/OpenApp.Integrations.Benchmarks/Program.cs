using BenchmarkDotNet.Running;

namespace OpenApp.Integrations.Benchmarks;

/// <summary>
/// Runs the benchmarks, e.g. <c>dotnet run -c Release -- --filter '*' --job short</c>; see README.md.
/// <c>--retention</c> instead walks 10,000 entities and prints the live heap at each page (the walk holds one page);
/// <c>--interleaved</c> cross-checks the time ratios with both sides alternating in one process (<c>--interleaved
/// --rounds N</c> for more rounds than the default 16).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--retention"])
        {
            return WalkRetention.Run();
        }

        if (args is ["--interleaved", "--rounds", var count] && int.TryParse(count, out var rounds) && rounds > 0)
        {
            return Interleaved.Run(rounds);
        }

        if (args is ["--interleaved"])
        {
            return Interleaved.Run();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
