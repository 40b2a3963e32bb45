using System.Text;
using OpenApp.Integrations.Generator;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>The models in src/OpenApp.Integrations/Generated are exactly what the generator makes from the bundle today.</summary>
public sealed class RegenerationTests
{
    [Fact]
    public async Task The_generated_models_match_a_fresh_generation_byte_for_byte()
    {
        var expected = await ModelGenerator.GenerateAsync(BundleDocument.BundlePath);
        var folder = RepositoryPaths.GeneratedFolder(BundleDocument.RepositoryRoot);
        var actual = Directory.GetFiles(folder, "*.g.cs").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);

        var problems = new List<string>();
        problems.AddRange(expected.Keys.Where(name => !actual.ContainsKey(name)).Select(name => $"missing: {name}"));
        problems.AddRange(actual.Keys.Where(name => !expected.ContainsKey(name)).Select(name => $"not generated from the bundle: {name}"));
        problems.AddRange(expected
            .Where(file => actual.TryGetValue(file.Key, out var bytes) && !bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(file.Value)))
            .Select(file => $"differs: {file.Key}"));

        Assert.True(
            problems.Count == 0,
            $"src/OpenApp.Integrations/Generated is out of date with openapi/openapp-integrations.json:\n  {string.Join("\n  ", problems.Order(StringComparer.Ordinal))}\n" +
            "Run `dotnet run --project openapi/generator` and commit the result (never edit *.g.cs by hand).");
        Assert.NotEmpty(expected);
    }
}
