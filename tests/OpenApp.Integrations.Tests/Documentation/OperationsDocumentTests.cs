using System.Reflection;
using System.Text.RegularExpressions;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Documentation;

/// <summary>
/// docs/operations.md lists every operation of the generated table with its route, whether it sends <c>X-Org</c>, and
/// the methods that call it; the methods must exist on the client as written there.
/// </summary>
public sealed partial class OperationsDocumentTests
{
    private static readonly Dictionary<string, Match> s_rows = RowPattern()
        .Matches(File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, "docs", "operations.md")))
        .ToDictionary(m => m.Groups["id"].Value);

    public static TheoryData<string> Operations => [.. OpenAppOperations.All.Select(o => o.OperationId)];

    [Fact]
    public void The_document_has_one_row_per_operation_and_no_other()
    {
        Assert.Equal(70, OpenAppOperations.All.Count);
        Assert.Equal(OpenAppOperations.All.Select(o => o.OperationId).Order(), s_rows.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Each_row_says_the_route_the_organization_header_and_methods_that_exist(string operationId)
    {
        var operation = OpenAppOperations.All.Single(o => o.OperationId == operationId);
        var row = s_rows[operationId];

        Assert.Equal($"{operation.Method.Method} {operation.PathTemplate}", row.Groups["http"].Value);
        Assert.Equal(operation.RequiresOrganization ? "yes" : "no", row.Groups["org"].Value);
        var methods = MethodPattern().Matches(row.Groups["methods"].Value).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(methods);
        foreach (var path in methods)
        {
            Assert.True(Resolves(path), $"docs/operations.md names {path} for {operationId}, which OpenAppClient does not have.");
        }
    }

    // Follows "Integrations.AccessInvites.CreateAsync" from OpenAppClient: properties, then a public method.
    private static bool Resolves(string path)
    {
        var parts = path.Split('.');
        var type = typeof(OpenAppClient);
        foreach (var property in parts[..^1])
        {
            var next = type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance);
            if (next is null)
            {
                return false;
            }

            type = next.PropertyType;
        }

        return type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == parts[^1]);
    }

    [GeneratedRegex(@"^\| `(?<id>\w+)` \| `(?<http>[^`]+)` \| (?<org>yes|no) \| (?<methods>.*) \|$", RegexOptions.Multiline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"`([\w.]+)`")]
    private static partial Regex MethodPattern();
}
