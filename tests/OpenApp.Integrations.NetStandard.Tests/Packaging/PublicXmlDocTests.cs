using System.Xml.Linq;
using OpenApp.Integrations.Tests.Conventions;

namespace OpenApp.Integrations.Tests.Packaging;

/// <summary>
/// The XML documentation file that ships next to the assembly documents the public API only: every entry names a
/// type or member callers can see (public or protected). The build filters out the rest (src/build/PublicXmlDocs.targets);
/// XmlDocConventionTests checks the other direction, that every public member keeps its entry. Runs on each build of
/// the SDK the test project loads (netstandard2.0 here, net8.0 in OpenApp.Integrations.Net8.Tests).
/// </summary>
public sealed class PublicXmlDocTests
{
    private static readonly Lazy<string[]> Entries = new(() =>
    {
        var path = Path.ChangeExtension(PublicSurface.Sdk.Location, ".xml");
        Assert.True(File.Exists(path), "The XML documentation file is missing: " + path);
        return XDocument.Load(path).Descendants("member").Select(m => (string?)m.Attribute("name") ?? string.Empty).ToArray();
    });

    [Fact]
    public void Every_entry_names_a_public_or_protected_type_or_member()
    {
        var visible = PublicSurface.Types
            .SelectMany(type => PublicSurface.VisibleMembers(type).Prepend(type))
            .Select(DocId.Of)
            .ToHashSet(StringComparer.Ordinal);

        var notPublic = Entries.Value.Where(id => !visible.Contains(id)).ToArray();

        Assert.True(Entries.Value.Length > 100, $"Only {Entries.Value.Length} entries: the documentation file looks truncated.");
        Assert.True(notPublic.Length == 0, "Entries for non-public API: " + string.Join(Environment.NewLine, notPublic));
    }

    [Fact]
    public void Internal_types_that_carry_comments_in_source_have_no_entry()
    {
        // Each of these has /// comments in source, so the compiler writes entries for it and its members.
        string[] internalTypes =
        [
            "OpenApp.Integrations.Serialization.OpenAppJsonContext",
            "OpenApp.Integrations.Transport.CallPlan",
            "OpenApp.Integrations.Diagnostics.SdkInfo",
        ];
        foreach (var type in internalTypes)
        {
            Assert.NotNull(PublicSurface.Sdk.GetType(type));
            Assert.DoesNotContain(Entries.Value, id => id == "T:" + type || id.StartsWith("M:" + type + ".", StringComparison.Ordinal)
                || id.StartsWith("P:" + type + ".", StringComparison.Ordinal) || id.StartsWith("F:" + type + ".", StringComparison.Ordinal));
        }
    }
}
