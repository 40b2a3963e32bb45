using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing;

namespace OpenApp.Integrations.Tour;

/// <summary>
/// Startup when no server is configured: an in-process fake with a few buildings, so paging has pages, and one deleted
/// building, so restore has something to bring back.
/// </summary>
public static class FakeMode
{
    /// <summary>Buildings the fake starts with.</summary>
    public static IReadOnlyList<string> Buildings { get; } = new[] { "Harbor View", "Maple Court", "Cedar House", "Olive Gardens" };

    /// <summary>
    /// A building the fake starts with already deleted, as if someone had deleted it in the OpenApp app (the API itself
    /// cannot soft-delete, only purge): the tour restores it.
    /// </summary>
    public const string DeletedBuilding = "Old annex";

    /// <summary>What demo mode starts with, in a sentence for the reader.</summary>
    public static string Description =>
        $"It starts with {Buildings.Count} made-up buildings ({string.Join(", ", Buildings)}) and \"{DeletedBuilding}\", " +
        "which was deleted earlier, as if in the OpenApp app.";

    /// <summary>Starts a fake server and seeds it.</summary>
    public static async Task<FakeOpenAppServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = await FakeOpenAppServer.StartNewAsync(cancellationToken: cancellationToken);
        Seed(server);
        return server;
    }

    /// <summary>Seeds the buildings, where they are, and the deleted one, into the fake's default organization.</summary>
    public static void Seed(FakeOpenAppServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ids = new List<string>();
        foreach (var building in Buildings)
        {
            ids.Add(server.SeedIntegration(new FakeIntegrationSeed
            {
                Name = LocalizedString.FromLocale("en", building),
                ProviderType = ProviderType.VirtualAccess,
                IncludeProviderDemoDevices = true,
            }));
        }

        server.SeedIntegration(new FakeIntegrationSeed
        {
            Name = LocalizedString.FromLocale("en", DeletedBuilding),
            ProviderType = ProviderType.VirtualAccess,
            Deleted = true,
        });

        // Where the buildings are: addresses (one of them only as coordinates), for the locations step.
        var addresses = new[] { "12 Harbor Street, Haifa", "4 Maple Road, Tel Aviv", "31 Cedar Street, Jerusalem" };
        for (var i = 0; i < addresses.Length; i++)
        {
            var location = new FakeLocationSeed { FormattedAddress = LocalizedString.FromLocale("en", addresses[i]) };
            location.IntegrationIds.Add(ids[i]);
            server.SeedLocation(location);
        }

        var olives = new FakeLocationSeed { Kind = LocationKind.Coordinates, Lat = 32.7940, Lng = 34.9896 };
        olives.IntegrationIds.Add(ids[3]);
        server.SeedLocation(olives);
    }
}
