using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the entities (doors, lights, ...) of the integration's devices.</summary>
public sealed class EntitiesStep : ITourStep
{
    public string Title => "Entities (list_integration_entities)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        context.Say("An entity is one thing a device does: a door that opens, a light that switches. A device may have several.");
        var page = (await context.Client.Integrations.ListEntitiesAsync(
            context.RequireIntegration(),
            new ListEntitiesOptions(),
            cancellationToken: cancellationToken)).Value;
        context.Say($"{page.Total} entit{(page.Total == 1 ? "y" : "ies")}");
        foreach (var entity in page.Items.Take(5))
        {
            context.Say($"- {entity.Name ?? entity.Id} ({entity.EntityType}) on device {entity.DeviceId}");
        }

        context.DoorDeviceId = page.Items.FirstOrDefault(e => e.EntityType == EntityType.Door)?.DeviceId;
    }
}
