using OpenApp.Integrations.Generator;

// Regenerates src/OpenApp.Integrations/Generated from the project's bundle. Run from anywhere in the repo.
var repo = RepositoryPaths.FindRoot(Directory.GetCurrentDirectory());
var files = await ModelGenerator.GenerateAsync(RepositoryPaths.Bundle(repo)).ConfigureAwait(false);
var output = RepositoryPaths.GeneratedFolder(repo);
Directory.CreateDirectory(output);
foreach (var stale in Directory.GetFiles(output, "*.g.cs"))
{
    if (!files.ContainsKey(Path.GetFileName(stale)))
    {
        File.Delete(stale);
    }
}

foreach (var (name, content) in files)
{
    await File.WriteAllTextAsync(Path.Combine(output, name), content).ConfigureAwait(false);
}

Console.WriteLine($"Wrote {files.Count} files to {output}");
