namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the zones (areas, floors, apartments) of the integration.</summary>
public sealed class ZonesStep : ITourStep
{
    public string Title => "Zones (list_integration_zones)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var zones = (await context.Client.Integrations.Zones.ListAsync(context.RequireIntegration(), cancellationToken: cancellationToken)).Value;
        context.Say($"{zones.Count} zone(s){(zones.Count > 0 ? ": " + string.Join(", ", zones.Select(z => $"\"{z.Name}\"")) : string.Empty)}");
    }
}
