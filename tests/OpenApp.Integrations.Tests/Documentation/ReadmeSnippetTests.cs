using System.Text.RegularExpressions;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Documentation;

/// <summary>
/// Code the README quotes from a sample must still be in that sample, so README code is code the build compiles.
/// A quote is marked <c>&lt;!-- snippet: path --&gt;</c> ... <c>&lt;!-- end snippet --&gt;</c>.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    [Fact]
    public void Every_quoted_snippet_appears_in_its_compiled_source()
    {
        var readme = File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, "README.md"));
        var quotes = SnippetPattern().Matches(readme);

        Assert.NotEmpty(quotes);
        foreach (Match quote in quotes)
        {
            var path = quote.Groups["path"].Value;
            var source = Normalize(File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, path)));
            foreach (var line in quote.Groups["code"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                Assert.True(source.Contains(line, StringComparison.Ordinal), $"README quotes '{line}' from {path}, which no longer has it.");
            }
        }
    }

    [Fact]
    public void Every_csharp_block_of_the_readme_is_a_quote_of_compiled_code()
    {
        var readme = File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, "README.md"));

        var blocks = Regex.Count(readme, "```csharp");

        Assert.Equal(blocks, SnippetPattern().Count(readme));
    }

    [Fact]
    public void The_readme_starts_with_the_tour_and_the_test_command_that_ci_runs()
    {
        var readme = File.ReadAllLines(Path.Combine(BundleDocument.RepositoryRoot, "README.md"));
        var ci = File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, ".ci", "run"));
        var commands = readme.SkipWhile(l => !l.StartsWith("```bash", StringComparison.Ordinal)).Skip(1).Take(2)
            .Select(l => l.Split('#')[0].Trim()).ToArray();

        Assert.Equal("dotnet run --project samples/OpenApp.Integrations.Tour", commands[0]);
        Assert.StartsWith("dotnet test", commands[1], StringComparison.Ordinal);
        Assert.Contains(commands[1], ci, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => string.Join('\n', text.Split('\n').Select(l => l.Trim()));

    [GeneratedRegex(@"<!-- snippet: (?<path>\S+) -->\s*```csharp\n(?<code>.*?)```\s*<!-- end snippet -->", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
