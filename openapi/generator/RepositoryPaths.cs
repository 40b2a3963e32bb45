namespace OpenApp.Integrations.Generator;

/// <summary>Where the bundle and the generated folder live, found from any folder inside the repository.</summary>
public static class RepositoryPaths
{
    /// <summary>Walks up from <paramref name="start"/> to the folder holding OpenApp.Integrations.sln.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenApp.Integrations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No OpenApp.Integrations.sln above {start}.");
    }

    /// <summary>The project's OpenAPI bundle.</summary>
    public static string Bundle(string root) => Path.Combine(root, "openapi", "openapp-integrations.json");

    /// <summary>The folder everything generated goes into (in subfolders by kind).</summary>
    public static string GeneratedFolder(string root) => Path.Combine(root, "src", "OpenApp.Integrations", "Generated");
}
