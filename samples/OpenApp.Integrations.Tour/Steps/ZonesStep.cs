namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the zones (areas, floors, rooms) of the integration, page by page.</summary>
public sealed class ZonesStep : ITourStep
{
    public string Title => "Zones (list_integration_zones)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var zones = new List<string>();
        await foreach (var zone in context.Client.Integrations.Zones.ListAllAsync(context.RequireIntegration(), cancellationToken: cancellationToken))
        {
            zones.Add($"\"{zone.Name}\"");
        }

        context.Say($"{zones.Count} zone(s){(zones.Count > 0 ? ": " + string.Join(", ", zones) : string.Empty)}");
    }
}
