using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing;

namespace OpenApp.Integrations.Tour;

/// <summary>Startup when no server is configured: an in-process fake with a few buildings, so paging has pages.</summary>
public static class FakeMode
{
    /// <summary>Buildings the fake starts with.</summary>
    public static IReadOnlyList<string> Buildings { get; } = new[] { "Harbor View", "Maple Court", "Cedar House", "Olive Gardens" };

    /// <summary>Starts a fake server and seeds it.</summary>
    public static async Task<FakeOpenAppServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = await FakeOpenAppServer.StartNewAsync(cancellationToken: cancellationToken);
        Seed(server);
        return server;
    }

    /// <summary>Seeds the buildings into the fake's default organization.</summary>
    public static void Seed(FakeOpenAppServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        foreach (var building in Buildings)
        {
            server.SeedIntegration(new FakeIntegrationSeed
            {
                Name = LocalizedString.FromLocale("en", building),
                ProviderType = ProviderType.VirtualAccess,
                IncludeProviderDemoDevices = true,
            });
        }
    }
}
