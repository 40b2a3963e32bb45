using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>
/// Which folders of the SDK use which: every name in the package's source is bound with Roslyn to the type it means,
/// and a use of a type declared in another folder is an edge between the two folders. Binding (not text matching)
/// keeps a method named <c>Log.ResponseBody</c> from counting as a use of a type named <c>ResponseBody</c>.
/// </summary>
/// <remarks>
/// A folder is the first directory under <c>src/OpenApp.Integrations</c> (files at the top are <c>(root)</c>);
/// generated code counts as the folder it generates for (<c>Generated/Models</c> is <c>Models</c>).
/// </remarks>
internal static class FolderGraph
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> s_edges = new(Build);

    /// <summary>Folder to the folders it uses, each with one example ("File.cs uses Type").</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges => s_edges.Value;

    public static string SourceRoot => Path.Combine(BundleDocument.RepositoryRoot, "src", "OpenApp.Integrations");

    /// <summary>The folder a source file belongs to.</summary>
    public static string FolderOf(string path)
    {
        var relative = Path.GetRelativePath(SourceRoot, path).Replace('\\', '/').Split('/');
        if (relative.Length == 1)
        {
            return "(root)";
        }

        return relative[0] == "Generated" ? (relative.Length > 2 ? relative[1] : "Models") : relative[0];
    }

    /// <summary>The groups of folders that depend on each other in a cycle (strongly connected, more than one folder).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var folder in Edges.Keys.Concat(Edges.Values.SelectMany(e => e.Keys)).Distinct().Order(StringComparer.Ordinal))
        {
            if (!indices.ContainsKey(folder))
            {
                Connect(folder);
            }
        }

        return cycles;

        // Tarjan's strongly connected components.
        void Connect(string folder)
        {
            indices[folder] = lowLinks[folder] = index++;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var next in Edges.TryGetValue(folder, out var uses) ? uses.Keys : [])
            {
                if (!indices.ContainsKey(next))
                {
                    Connect(next);
                    lowLinks[folder] = Math.Min(lowLinks[folder], lowLinks[next]);
                }
                else if (onStack.Contains(next) && indices.TryGetValue(next, out var nextIndex))
                {
                    lowLinks[folder] = Math.Min(lowLinks[folder], nextIndex);
                }
            }

            if (lowLinks[folder] == indices[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != folder);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Build()
    {
        var files = Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var parse = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: ["NET", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NET10_0"]);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToArray();

        // The runtime's assemblies and the SDK's dependencies (all in this test's output), not the SDK itself: its
        // types must come from the source so each can be traced to a file.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !Path.GetFileName(p).StartsWith("OpenApp.Integrations", StringComparison.Ordinal))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()));
        var compilation = CSharpCompilation.Create("FolderGraph", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var from = FolderOf(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (TypeOf(model, name) is not { } type)
                {
                    continue;
                }

                foreach (var declaration in type.DeclaringSyntaxReferences)
                {
                    var to = FolderOf(declaration.SyntaxTree.FilePath);
                    if (to != from)
                    {
                        var uses = edges.TryGetValue(from, out var existing) ? existing : edges[from] = new(StringComparer.Ordinal);
                        uses.TryAdd(to, $"{Path.GetFileName(tree.FilePath)} uses {type.Name}");
                    }
                }
            }
        }

        return edges.ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value, StringComparer.Ordinal);
    }

    // The SDK type a name means: the type itself, or the type of a member it names (a static call counts as a use).
    private static INamedTypeSymbol? TypeOf(SemanticModel model, SimpleNameSyntax name)
    {
        var info = model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        var type = symbol switch
        {
            INamedTypeSymbol named => named,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
            IMethodSymbol { ReducedFrom: not null } extension => extension.ContainingType,
            { IsStatic: true } member and (IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol) => member.ContainingType,
            _ => null,
        };
        type = type?.OriginalDefinition;
        return type is { Locations: [{ IsInSource: true }, ..] } ? type : null;
    }
}
