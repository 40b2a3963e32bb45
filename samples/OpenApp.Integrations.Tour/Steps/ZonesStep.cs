using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the zones (areas, floors, rooms) of the integration, page by page.</summary>
public sealed class ZonesStep : ITourStep
{
    public string Title => "Zones (list_integration_zones)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        context.Say("Zones are the places a provider sorts its devices into, one inside another: a building, a floor, a lobby.");
        var zones = new List<Zone>();
        await foreach (var zone in context.Client.Integrations.Zones.ListAllAsync(context.RequireIntegration(), cancellationToken: cancellationToken))
        {
            zones.Add(zone);
        }

        var names = zones.ToDictionary(z => z.Id, z => $"\"{z.Name}\"", StringComparer.Ordinal);
        var described = zones.Select(z => names[z.Id] + (z.ParentZoneId is { } parent && names.TryGetValue(parent, out var outer) ? $" (in {outer})" : string.Empty));
        context.Say($"{zones.Count} zone(s){(zones.Count > 0 ? ": " + string.Join(", ", described) : string.Empty)}");
    }
}
