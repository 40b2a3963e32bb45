namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the organization's locations as the integration sees them, with a search and a walk over every page.</summary>
public sealed class LocationsStep : ITourStep
{
    public string Title => "Locations (list_integration_locations)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var locations = context.Client.Integrations.Locations;
        var id = context.RequireIntegration();

        context.Say("Locations are the organization's addresses that invites and portals point guests to; the ones tied to this integration come first.");
        var page = (await locations.ListAsync(id, new ListLocationsOptions { Limit = 2 }, cancellationToken: cancellationToken)).Value;
        context.Say($"{page.Total} location(s); the first page has {page.Items.Count}");
        foreach (var location in page.Items)
        {
            context.Say($"- {location.FormattedAddress?.Get("en") ?? $"{location.Lat}, {location.Lng}"}{(location.IsRelevant == true ? " (tied to this integration)" : string.Empty)}");
        }

        var found = 0;
        await foreach (var _ in locations.ListAllAsync(id, new ListLocationsOptions { Search = "Street" }, cancellationToken: cancellationToken))
        {
            found++;
        }

        context.Say($"{found} location(s) match \"Street\"");
    }
}
