using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Invites a guest through the portal: create (valid for a day from now), list, change, try to restore, delete.</summary>
public sealed class InvitesStep : ITourStep
{
    public string Title => "Access invites (create, list, update, restore, delete)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var portalId = context.PortalId ?? throw new InvalidOperationException("The portal was not created.");

        // The SDK gives invite creation an Idempotency-Key of its own, so a retried create cannot invite twice.
        var created = (await invites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { portalId },
            Name = $"Plumber {context.RunTag}",
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "24h" } },
            MaxUses = 3,
        }, cancellationToken: cancellationToken)).Value;
        context.InviteId = created.InviteLinkId;
        context.Say($"created invite {created.InviteLinkId} ({created.ScheduleKind}), valid {created.ValidFrom} to {created.ValidTo}, {created.GrantedPortals.Count} portal(s)");

        var list = (await invites.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the integration lists {list.Total} invite(s)");

        var updated = (await invites.UpdateAsync(id, created.InviteLinkId, new UpdateAccessInviteRequest { MaxUses = 5 }, cancellationToken: cancellationToken)).Value;
        context.Say($"max uses now {updated.MaxUses}, state {updated.State}");

        // Restore brings back a revoked invite; this one is active, so the server says there is nothing to restore.
        var restored = await context.AllowingAsync(
            () => invites.RestoreAsync(id, created.InviteLinkId, TourContext.Write(), cancellationToken),
            "only a revoked invite can be restored",
            400,
            409);
        if (restored is not null)
        {
            context.Say($"restored it: state {restored.Value.State}");
        }

        await invites.DeleteAsync(id, created.InviteLinkId, cancellationToken: cancellationToken);
        context.Say("deleted it for good");
    }
}
