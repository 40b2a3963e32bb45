namespace OpenApp.Integrations.Tour.Steps;

/// <summary>
/// Removes what the tour made: the portal, then the integration itself (purge). On the way it shows restore, on an
/// integration that really is deleted: never on a live one, which the server would refuse.
/// </summary>
public sealed class CleanupStep : ITourStep
{
    /// <summary>
    /// The environment variable naming a deleted integration to restore on a real server. Without it the tour restores
    /// nothing there: a restored integration is live again, and the API cannot delete it back (only purge it).
    /// </summary>
    public const string RestoreIdVariable = "OPENAPP_TOUR_RESTORE_ID";

    public string Title => "Clean up (delete_integration_access_portal, restore_integration, hard_delete_integration)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        context.Say("Deleting an integration in the OpenApp app only hides it, so it can be restored until the server purges it; " +
            "purging removes it for good, and is how the tour removes what it made.");
        if (context.PortalId is { } portalId)
        {
            await integrations.AccessPortals.DeleteAsync(id, portalId, cancellationToken: cancellationToken);
            context.Say($"deleted portal {portalId}");
        }

        await RestoreOneAsync(context, cancellationToken);

        var purged = (await integrations.PurgeAsync(id, cancellationToken: cancellationToken)).Value;
        context.IntegrationId = null;
        context.Say($"purged {purged.Id} (\"{purged.Name}\") for good");
    }

    private static async Task RestoreOneAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var configured = Environment.GetEnvironmentVariable(RestoreIdVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var chosen = configured.Trim();
            var restoredById = await context.AllowingAsync(
                () => integrations.RestoreAsync(chosen, requestOptions: TourContext.Write(), cancellationToken: cancellationToken),
                $"{chosen} is not a deleted integration of this organization, so there was nothing to restore",
                404,
                422);
            if (restoredById is not null)
            {
                context.Say($"restored \"{restoredById.Value.Name}\" ({chosen}), as {RestoreIdVariable} asked: it is live again");
            }

            return;
        }

        // Restore only what the list says is deleted: restoring a live integration is an error (422), not a demonstration.
        var deleted = (await integrations.ListAsync(new ListIntegrationsOptions { OnlyDeleted = true }, cancellationToken: cancellationToken)).Value;
        if (deleted.Total == 0)
        {
            context.Say("no integration of this organization is deleted, so there is nothing to restore " +
                "(restore is for bringing back one that was deleted by mistake)");
            return;
        }

        if (!context.IsDemo)
        {
            var names = string.Join(", ", deleted.Items.Take(3).Select(i => $"\"{i.Name}\""));
            context.Say($"{deleted.Total} deleted integration(s) here ({names}{(deleted.Total > 3 ? ", ..." : string.Empty)}); the tour leaves them deleted, " +
                $"since restoring one puts it back among your integrations. Set {RestoreIdVariable} to one's id to see restore bring it back.");
            return;
        }

        var restored = (await integrations.RestoreAsync(deleted.Items[0].Id, requestOptions: TourContext.Write(), cancellationToken: cancellationToken)).Value;
        context.Say($"\"{restored.Name}\" was deleted earlier; restored it, and it is back among this organization's integrations");
    }
}
