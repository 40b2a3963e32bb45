using System.Text.RegularExpressions;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Packaging;

/// <summary>
/// src/OpenApp.Integrations/README.md is the package page (the project packs it; .ci/steps/pack.sh checks the
/// package): it links only to absolute URLs, and its first call is the hello-world sample the build compiles.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static readonly Lazy<string> Readme = new(() =>
        File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, "src", "OpenApp.Integrations", "README.md")));

    [Fact]
    public void The_package_readme_links_only_to_absolute_urls()
    {
        // The package page has no repository around it: a relative link there leads nowhere.
        var links = MarkdownLink().Matches(Readme.Value).Select(m => m.Groups["target"].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_call_is_the_compiled_hello_world_sample()
    {
        var sample = File.ReadAllLines(Path.Combine(BundleDocument.RepositoryRoot, "samples", "OpenApp.Integrations.Snippets", "Snippets", "HelloWorld.cs"))
            .Select(line => line.Trim())
            .ToHashSet(StringComparer.Ordinal);
        var firstCall = CSharpBlock().Match(Readme.Value);

        Assert.True(firstCall.Success, "The package README has no C# example.");
        var code = firstCall.Groups["code"].Value.Split('\n').Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("using OpenApp", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(code, line => line.Contains("new OpenAppClient(", StringComparison.Ordinal));
        Assert.All(code, line => Assert.True(sample.Contains(line), $"The package README's first call has '{line}', which HelloWorld.cs does not."));
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
