using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Creates a public access portal (linked to a door device when there is one), lists, reads and renames it.</summary>
public sealed class PortalsStep : ITourStep
{
    public string Title => "Access portals (create, list, get by id, update)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var portals = context.Client.Integrations.AccessPortals;
        var id = context.RequireIntegration();
        context.Say("An access portal is a door as guests meet it: links to it carry its public id, and it is linked to the door device it opens.");
        // A plain string is a name too; DeviceId links the portal to the door it opens.
        var request = new CreateAccessPortalRequest { Name = $"Front door {context.RunTag}" };
        if (context.DoorDeviceId is { } door)
        {
            request.DeviceId = door;
        }

        var created = (await portals.CreateAsync(id, request, TourContext.Write(), cancellationToken)).Value;
        context.PortalId = created.Id;
        context.Say($"created portal {created.Id} for door device {created.DeviceId ?? "none"}; its public id is {created.PublicId}");

        var list = (await portals.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the integration lists {list.Total} portal(s)");

        var byId = (await portals.GetAsync(created.Id, cancellationToken: cancellationToken)).Value;
        context.Say($"read it by the portal's id alone, without the integration's: \"{byId.Name}\" belongs to integration {byId.IntegrationId}");

        // Only the name changes; the door link is kept because DeviceId is left unset.
        var renamed = (await portals.UpdateAsync(id, created.Id, new UpdateAccessPortalRequest
        {
            Name = LocalizedString.FromLocale("en", $"Main door {context.RunTag}"),
        }, cancellationToken: cancellationToken)).Value;
        context.Say($"renamed to \"{renamed.Name}\", door device still {renamed.DeviceId ?? "none"}");
    }
}
