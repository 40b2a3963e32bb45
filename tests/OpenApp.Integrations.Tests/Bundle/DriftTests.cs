using System.Text.Json.Nodes;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>
/// The project bundle differs from the current upstream contract only where openapi/corrections.json says so.
/// Descriptions, summaries and examples are ours and are not compared, nor are the <c>x-openapp-*</c> code-generation
/// annotations; every listed correction must still be a real difference.
/// </summary>
public sealed class DriftTests
{
    private const string ReferenceFileName = "openapp-api.integrations.current.json";
    private const string AnnotationPrefix = "x-openapp-";
    private static readonly HashSet<string> s_ignoredKeys = new(StringComparer.Ordinal) { "description", "summary", "example", "examples" };

    [Fact]
    public void Every_difference_from_the_reference_is_a_listed_correction()
    {
        var differences = JsonPointerDiff.Differences(Strip(LoadReference()), Strip(BundleDocument.Document.DeepClone()));
        var corrections = LoadCorrections();

        var unlisted = differences.Where(pointer => !corrections.Any(c => JsonPointerDiff.IsUnder(pointer, c))).ToList();

        Assert.True(
            unlisted.Count == 0,
            "openapi/openapp-integrations.json differs from the reference in places openapi/corrections.json does not list:\n  " +
            string.Join("\n  ", unlisted) +
            "\nEither undo the change or list it (with its reason) in openapi/corrections.json and openapi/README.md.");
    }

    [Fact]
    public void Every_listed_correction_is_still_a_difference()
    {
        // Compared in full (descriptions included): a correction that only rewords a description is still one, but a
        // correction whose node is now identical to the reference is stale.
        var reference = LoadReference();
        var bundle = BundleDocument.Document;

        var stale = LoadCorrections()
            .Where(pointer => JsonNode.DeepEquals(JsonPointerDiff.Resolve(reference, pointer), JsonPointerDiff.Resolve(bundle, pointer)))
            .ToList();

        Assert.True(
            stale.Count == 0,
            "openapi/corrections.json lists pointers where the bundle no longer differs from the reference (or that exist in neither):\n  " +
            string.Join("\n  ", stale));
    }

    [Fact]
    public void The_diff_finds_changes_additions_and_removals_at_their_first_differing_node()
    {
        var left = JsonNode.Parse("""{"a": {"b": 1, "c": [1, 2]}, "x/y": {"k": true}, "gone": 1, "arr": [1, 2]}""");
        var right = JsonNode.Parse("""{"a": {"b": 2, "c": [1, 3]}, "x/y": {"k": true, "new": {}}, "arr": [1, 2, 3]}""");

        var differences = JsonPointerDiff.Differences(left, right);

        Assert.Equal(new[] { "/a/b", "/a/c/1", "/arr", "/gone", "/x~1y/new" }, differences.Order(StringComparer.Ordinal));
        Assert.True(JsonPointerDiff.IsUnder("/paths/~1integrations/get/parameters/1/style", "/paths/~1integrations"));
        Assert.False(JsonPointerDiff.IsUnder("/paths/~1integrations~1{id}", "/paths/~1integrations"));
        Assert.Equal("true", JsonPointerDiff.Resolve(left, "/x~1y/k")!.ToJsonString());
    }

    [Fact]
    public void The_vendored_reference_is_the_shared_reference_when_that_is_present()
    {
        // The repository carries its own copy so that a clone anywhere can run the drift tests; where the shared
        // reference sits beside the repository (the development machine), the copy must still be that file.
        var shared = SharedReferencePath();
        if (shared is null)
        {
            return;
        }

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(VendoredReferencePath));
    }

    private static string VendoredReferencePath =>
        Path.Combine(BundleDocument.RepositoryRoot, "openapi", "reference", ReferenceFileName);

    private static string? SharedReferencePath()
    {
        var path = Path.GetFullPath(Path.Combine(
            BundleDocument.RepositoryRoot, "..", "shared", "openapi", ReferenceFileName));
        return File.Exists(path) ? path : null;
    }

    private static JsonNode LoadReference()
    {
        var path = Environment.GetEnvironmentVariable("OPENAPP_REFERENCE_BUNDLE") is { Length: > 0 } given && File.Exists(given)
            ? given
            : VendoredReferencePath;
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    private static List<string> LoadCorrections()
    {
        var path = Path.Combine(BundleDocument.RepositoryRoot, "openapi", "corrections.json");
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        return document["corrections"]!.AsArray()
            .SelectMany(c => c!["pointers"]!.AsArray().Select(p => p!.GetValue<string>()))
            .ToList();
    }

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (s_ignoredKeys.Contains(key) || key.StartsWith(AnnotationPrefix, StringComparison.Ordinal))
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        Strip(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                break;
        }

        return node;
    }
}
