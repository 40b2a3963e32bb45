using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Invites a guest through the portal: create, list, change, revoke and restore.</summary>
public sealed class InvitesStep : ITourStep
{
    public string Title => "Access invites (create, list, update, delete, restore)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var portalId = context.PortalId ?? throw new InvalidOperationException("The portal was not created.");

        // The SDK gives invite creation an Idempotency-Key of its own, so a retried create cannot invite twice.
        var created = (await invites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = new List<string> { portalId },
            Name = $"Plumber {context.RunTag}",
            ExpiresIn = "24h",
            MaxUses = 3,
        }, cancellationToken: cancellationToken)).Value;
        context.InviteId = created.InviteLinkId;
        context.Say($"created invite {created.InviteLinkId} ({created.ScheduleKind}), valid {created.ValidFrom} to {created.ValidTo}, {created.GrantedPortals.Count} portal(s)");

        var list = (await invites.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the integration lists {list.Count} invite(s)");

        var updated = (await invites.UpdateAsync(id, created.InviteLinkId, new UpdateAccessInviteRequest { MaxUses = 5 }, cancellationToken: cancellationToken)).Value;
        context.Say($"max uses now {updated.MaxUses}, state {updated.State}");

        await invites.DeleteAsync(id, created.InviteLinkId, cancellationToken: cancellationToken);
        context.Say("revoked it");

        var restored = (await invites.RestoreAsync(id, created.InviteLinkId, TourContext.Write(), cancellationToken)).Value;
        context.Say($"restored it: state {restored.State}");
    }
}
