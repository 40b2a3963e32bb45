using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

// The invite link's life: revoke it (and restore it, in AccessInvitesClient.cs), or rotate its token.
public partial class AccessInvitesClient
{
    /// <summary>
    /// Revokes an invite: its link stops opening anything until <see cref="RestoreAsync"/> brings it back
    /// (<c>revoke_integration_access_invite</c>). Revoking an invite that already is revoked succeeds again.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options (the correlation id is recorded on the audit event).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invite, now in state <c>revoked</c>.</returns>
    public virtual Task<OpenAppResponse<AccessInviteListItem>> RevokeAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.RevokeIntegrationAccessInvite, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessInviteListItem, cancellationToken);
    }

    /// <summary>
    /// Rotates the token of an invite (<c>regenerate_integration_access_invite_token</c>): the answer holds the new
    /// link to hand to the guest, and the old link stops working. A revoked invite is refused (400
    /// <c>invitation_revoked</c>).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new token and link (they grant access: share them only with the guest) and when they were made.</returns>
    public virtual Task<OpenAppResponse<RegenerateAccessInviteTokenResponse>> RegenerateTokenAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.RegenerateIntegrationAccessInviteToken, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.RegenerateAccessInviteTokenResponse, cancellationToken);
    }
}
