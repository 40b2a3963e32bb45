using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Creates a public access portal (linked to a door when there is one), lists, reads and renames it.</summary>
public sealed class PortalsStep : ITourStep
{
    public string Title => "Access portals (create, list, get by id, update)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var portals = context.Client.Integrations.AccessPortals;
        var id = context.RequireIntegration();
        var request = new CreateAccessPortalRequest { Name = LocalizedString.FromLocale("en", $"Front door {context.RunTag}") };
        if (context.DoorExternalId is { } door)
        {
            request.DeviceExternalId = door;
        }

        var created = (await portals.CreateAsync(id, request, TourContext.Write(), cancellationToken)).Value;
        context.PortalId = created.Id;
        context.Say($"created portal {created.Id}, public id {created.PublicId}, device {created.DeviceExternalId ?? "none"}");

        var list = (await portals.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the integration lists {list.Count} portal(s)");

        var byId = (await portals.GetAsync(created.Id, cancellationToken: cancellationToken)).Value;
        context.Say($"read by id alone: \"{byId.Name}\" belongs to integration {byId.IntegrationId}");

        // Only the name changes; the device link is kept because DeviceExternalId is left unset.
        var renamed = (await portals.UpdateAsync(id, created.Id, new UpdateAccessPortalRequest
        {
            Name = LocalizedString.FromLocale("en", $"Main door {context.RunTag}"),
        }, cancellationToken: cancellationToken)).Value;
        context.Say($"renamed to \"{renamed.Name}\", device still {renamed.DeviceExternalId ?? "none"}");
    }
}
