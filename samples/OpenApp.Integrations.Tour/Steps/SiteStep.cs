namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Reads the integration as a site: the overview counts, the hardware that serves its doors, and what its setup still lacks.</summary>
public sealed class SiteStep : ITourStep
{
    public string Title => "The site view (get_site_access_overview, get_site_access_devices, get_site_readiness)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var site = context.Client.Integrations.Site;
        var id = context.RequireIntegration();
        context.Say("A virtual_access integration is a site: a building whose doors open through portals. The site view sums it up and says what its setup still lacks.");

        var overview = (await site.GetOverviewAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"\"{overview.Integration.Name}\": {overview.DoorsCount} door(s), {overview.PortalsCount} portal(s), {overview.InvitationsCount} invitation(s), " +
            $"{overview.PeopleCount} person(s), {overview.ListingsCount} directory listing(s)" +
            (overview.Devices is { } devices ? $", {devices.Total} device(s) ({devices.Openers} opener(s), {devices.Lights} light(s), {devices.Cameras} camera(s))" : string.Empty));

        var hardware = (await site.GetAccessDevicesAsync(id, cancellationToken: cancellationToken)).Value;
        foreach (var device in hardware.Openers.Concat(hardware.Lights).Concat(hardware.Cameras).Take(5))
        {
            context.Say($"- \"{device.Name}\" serves {string.Join(", ", device.Doors.Select(d => $"\"{d.Name}\""))}{(device.Deleted ? " (deleted)" : string.Empty)}");
        }

        if (hardware.Unresolved.Count > 0)
        {
            context.Say($"{hardware.Unresolved.Count} door reference(s) lead to no device");
        }

        var readiness = (await site.GetReadinessAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"readiness: {readiness.Severity} ({(readiness.Usable ? "usable" : "not usable yet")})");
        foreach (var section in readiness.Sections.Where(s => s.Issues.Count > 0))
        {
            context.Say($"- {section.Section}: {section.Severity}, {string.Join(", ", section.Issues.Select(i => i.Code.ToString()).Distinct())}");
        }
    }
}
