using OpenApp.Integrations.Generator;

// Regenerates src/OpenApp.Integrations/Generated from the project's bundle. Run from anywhere in the repo.
var repo = RepositoryPaths.FindRoot(Directory.GetCurrentDirectory());
var files = await CodeGenerator.GenerateAsync(RepositoryPaths.Bundle(repo)).ConfigureAwait(false);
var output = RepositoryPaths.GeneratedFolder(repo);
foreach (var stale in Directory.GetFiles(output, "*.g.cs", SearchOption.AllDirectories))
{
    if (!files.ContainsKey(Path.GetRelativePath(output, stale).Replace('\\', '/')))
    {
        File.Delete(stale);
    }
}

foreach (var (name, content) in files)
{
    var path = Path.Combine(output, name);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    await File.WriteAllTextAsync(path, content).ConfigureAwait(false);
}

Console.WriteLine($"Wrote {files.Count} files to {output}");
