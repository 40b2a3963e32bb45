namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Deletes the portal, finds it among the deleted ones and restores it.</summary>
public sealed class PortalTrashStep : ITourStep
{
    public string Title => "Deleted portals (delete, list deleted, restore)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var portals = context.Client.Integrations.AccessPortals;
        var id = context.RequireIntegration();
        var portalId = context.PortalId ?? throw new InvalidOperationException("The portal was not created.");
        context.Say("Deleting a portal is not final: it waits among the deleted portals, and restoring it brings back its " +
            "public id and printed links.");

        await portals.DeleteAsync(id, portalId, cancellationToken: cancellationToken);
        var deleted = (await portals.ListDeletedAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"deleted it; {deleted.Count} portal(s) wait among the deleted ones");

        var restored = (await portals.RestoreAsync(id, portalId, TourContext.Write(), cancellationToken)).Value;
        context.Say($"restored \"{restored.Name}\" with its public id {restored.PublicId}");
    }
}
