using System.Text;
using OpenApp.Integrations.Generator;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>
/// Everything in src/OpenApp.Integrations/Generated (models, open enums, model factory, operation table, JSON context
/// registrations) is exactly what the generator makes from the bundle today.
/// </summary>
public sealed class RegenerationTests
{
    [Fact]
    public async Task Every_generated_file_matches_a_fresh_generation_byte_for_byte()
    {
        var expected = await CodeGenerator.GenerateAsync(BundleDocument.BundlePath);
        var folder = RepositoryPaths.GeneratedFolder(BundleDocument.RepositoryRoot);
        var actual = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

        var problems = new List<string>();
        problems.AddRange(expected.Keys.Where(name => !actual.ContainsKey(name)).Select(name => $"missing: {name}"));
        problems.AddRange(actual.Keys.Where(name => !expected.ContainsKey(name)).Select(name => $"not generated from the bundle: {name}"));
        problems.AddRange(expected
            .Where(file => actual.TryGetValue(file.Key, out var bytes) && !bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(file.Value)))
            .Select(file => $"differs: {file.Key}"));

        Assert.True(
            problems.Count == 0,
            $"src/OpenApp.Integrations/Generated is out of date with openapi/openapp-integrations.json:\n  {string.Join("\n  ", problems.Order(StringComparer.Ordinal))}\n" +
            "Run `dotnet run --project openapi/generator` and commit the result (never edit generated files by hand).");
        Assert.Contains("Operations/OpenAppOperations.g.cs", expected.Keys);
        Assert.Contains("Models/OpenAppModelFactory.g.cs", expected.Keys);
        Assert.Contains("Serialization/OpenAppJsonContext.g.cs", expected.Keys);
        Assert.True(expected.Count > 100, $"Only {expected.Count} files were generated.");
    }
}
