namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Rotates the invite's link, revokes the invite, restores it, and finally deletes it.</summary>
public sealed class InviteLinkStep : ITourStep
{
    public string Title => "The invite link (new token, revoke, restore, delete)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var inviteId = context.InviteId ?? throw new InvalidOperationException("The invite was not created.");
        context.Say("If a link reaches the wrong person, give the invite a new token: the old link stops working. " +
            "Revoking stops the invite altogether until it is restored; deleting removes it for good.");

        // These POSTs declare no Idempotency-Key; the tour sends one anyway (TourContext.Write), so the SDK may retry
        // them after a 503: a server that honours keys answers the retry with the first result.

        var rotated = (await invites.RegenerateTokenAsync(id, inviteId, TourContext.Write(), cancellationToken)).Value;
        context.Say($"new link made at {rotated.LastSharedAt:u}; the old one no longer opens anything");

        var revoked = (await invites.RevokeAsync(id, inviteId, TourContext.Write(), cancellationToken)).Value;
        context.Say($"revoked: state {revoked.State}");

        var restored = (await invites.RestoreAsync(id, inviteId, TourContext.Write(), cancellationToken)).Value;
        context.Say($"restored: state {restored.State}");

        await invites.DeleteAsync(id, inviteId, cancellationToken: cancellationToken);
        context.InviteId = null;
        context.Say("deleted it for good");
    }
}
