using System.Xml.Linq;

namespace OpenApp.Integrations.Testing.Tests.Contract;

/// <summary>The package's XML docs as an IDE shows them.</summary>
public class DocumentationTests
{
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
}
