using System.Diagnostics;

namespace OpenApp.Integrations.Testing.Tests.Samples;

/// <summary>
/// Every snippet of samples/OpenApp.Integrations.Snippets, and the README's examples (the "readme" snippet), run as the
/// README says, as a child process against the fake server it starts: code the docs show is code that runs.
/// </summary>
public class SnippetProgramTests
{
    [Theory]
    [InlineData("readme", "every README example ran")]
    [InlineData("hello", "request id")]
    [InlineData("paging", "120")]
    [InlineData("organizations", "scoped org:  3 integrations")]
    [InlineData("errors", "not found: 404 not_found")]
    [InlineData("retries", "503")]
    [InlineData("worker", "120 integrations in")]
    [InlineData("mocking", "")]
    public async Task The_snippet_runs_against_the_fake_and_exits_0(string snippet, string expected)
    {
        var (exitCode, output, error) = await RunAsync(snippet);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string snippet)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "OpenApp.Integrations.Snippets.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(snippet);
        start.Environment["OPENAPP_API_KEY"] = null; // always the fake, whatever the machine has set

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
