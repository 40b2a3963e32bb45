namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>
/// The folders of the SDK are its architecture; they must not depend on each other in cycles, so each can be read (and
/// changed) with only the folders below it in mind.
/// </summary>
public sealed class FolderDependencyTests
{
    [Fact]
    public void No_two_folders_depend_on_each_other_directly_or_through_others()
    {
        var cycles = FolderGraph.Cycles();

        Assert.True(cycles.Count == 0, "Folders that depend on each other in a cycle:\n" + string.Join("\n", cycles.Select(Describe)));
    }

    [Fact]
    public void The_graph_sees_the_dependencies_the_design_names()
    {
        // Guards the test above: a graph that saw nothing would find no cycle either.
        Assert.Contains("Errors", FolderGraph.Edges["Transport"].Keys);
        Assert.Contains("Resilience", FolderGraph.Edges["Transport"].Keys);
        Assert.Contains("Diagnostics", FolderGraph.Edges["Transport"].Keys);
        Assert.Contains("Transport", FolderGraph.Edges["Integrations"].Keys);
        Assert.Contains("Models", FolderGraph.Edges["Integrations"].Keys);
    }

    [Theory]
    [InlineData("Resilience")]
    [InlineData("Diagnostics")]
    [InlineData("Errors")]
    [InlineData("Authentication")]
    public void Lower_layers_do_not_reach_into_the_transport(string folder)
    {
        // Resilience and Diagnostics depend on narrow abstractions (they see a call description or an outcome kind),
        // never on the call's internals.
        var uses = FolderGraph.Edges.TryGetValue(folder, out var edges) ? edges : new Dictionary<string, string>();

        Assert.False(uses.ContainsKey("Transport"), $"{folder} uses Transport: {uses.GetValueOrDefault("Transport")}");
    }

    private static string Describe(IReadOnlyList<string> cycle) =>
        string.Join(", ", cycle) + ": " + string.Join("; ", cycle.SelectMany(from => FolderGraph.Edges[from]
            .Where(e => cycle.Contains(e.Key))
            .Select(e => $"{from} -> {e.Key} ({e.Value})")));
}
