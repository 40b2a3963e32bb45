using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenApp.Integrations.Testing.Tests.Contract;

/// <summary>The package's XML docs as an IDE shows them, and its README as the package page shows it.</summary>
public partial class DocumentationTests
{
    private static readonly Lazy<string> s_readme = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "OpenApp.Integrations.Testing", "README.md")));

    [Fact]
    public void Every_public_type_has_exactly_one_summary()
    {
        // A partial type documented in two files gets both summaries, one after the other, in the IDE.
        var file = Path.ChangeExtension(typeof(FakeOpenAppServer).Assembly.Location, ".xml");
        var types = XDocument.Load(file).Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Elements("summary").Count());
        var publicTypes = typeof(FakeOpenAppServer).Assembly.GetExportedTypes().Select(t => "T:" + t.FullName!.Replace('+', '.')).ToList();

        Assert.Contains("T:OpenApp.Integrations.Testing.FakeOpenAppServer", publicTypes);
        Assert.All(publicTypes, type => Assert.True(types.TryGetValue(type, out var summaries) && summaries == 1, $"{type}: {(types.TryGetValue(type, out var n) ? n : 0)} summaries"));
    }

    [Fact]
    public void The_package_readme_links_only_to_absolute_urls()
    {
        // The package page has no repository around it: a relative link there leads nowhere.
        var links = MarkdownLink().Matches(s_readme.Value).Select(m => m.Groups["target"].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_readme_calls_only_members_the_server_has()
    {
        var members = typeof(FakeOpenAppServer).GetMembers().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var called = ServerMember().Matches(s_readme.Value).Select(m => m.Groups["member"].Value).Distinct().ToList();

        Assert.Contains("Override", called);
        Assert.All(called, member => Assert.Contains(member, members));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenApp.Integrations.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No OpenApp.Integrations.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\b_?server\.(?<member>[A-Z]\w*)")]
    private static partial Regex ServerMember();
}
