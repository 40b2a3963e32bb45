
namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Removes what the tour made: the portal, then the integration itself (purge), after showing restore.</summary>
public sealed class CleanupStep : ITourStep
{
    public string Title => "Clean up (delete_integration_access_portal, restore_integration, hard_delete_integration)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        if (context.PortalId is { } portalId)
        {
            await integrations.AccessPortals.DeleteAsync(id, portalId, cancellationToken: cancellationToken);
            context.Say($"deleted portal {portalId}");
        }

        // Restore brings back a soft-deleted integration. Ours is live, which the contract answers with 422.
        try
        {
            var restored = await integrations.RestoreAsync(id, requestOptions: TourContext.Write(), cancellationToken: cancellationToken);
            context.Say($"restore answered {restored.Status}: the integration is live");
        }
        catch (OpenAppApiException ex) when (ex.Status == 422)
        {
            context.Say($"restore answered 422 ({ex.ErrorCode}): it is not deleted, so there is nothing to restore");
        }

        var purged = (await integrations.PurgeAsync(id, cancellationToken: cancellationToken)).Value;
        context.IntegrationId = null;
        context.Say($"purged {purged.Id} (\"{purged.Name}\") for good");
    }
}
