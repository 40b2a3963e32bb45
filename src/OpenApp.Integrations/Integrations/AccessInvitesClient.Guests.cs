using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

// What guests did with an invite: its uses, and their requests for more time.
public partial class AccessInvitesClient
{
    /// <summary>
    /// The uses of an invite in the last 30 days, newest first: who, when, which door and whether it opened
    /// (<c>list_integration_access_invite_usage</c>). The uses of one door, whoever opened it, come from
    /// <see cref="DoorsClient.ListUsageAsync"/>.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<AccessUsageResponse>> ListUsageAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationAccessInviteUsage, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessUsageResponse, cancellationToken);
    }

    /// <summary>
    /// The pending requests of guests to extend an invite (<c>list_integration_access_invite_renewal_requests</c>);
    /// empty when there are none. Extend the invite with <see cref="UpdateAsync"/> (new <c>Schedules</c>), then clear
    /// the request with <see cref="DismissRenewalRequestAsync"/>.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The requests (the wire's <c>{"requests": [...]}</c> unwrapped).</returns>
    public virtual async Task<OpenAppResponse<IReadOnlyList<AccessInviteRenewalRequestItem>>> ListRenewalRequestsAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationAccessInviteRenewalRequests, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.ListAccessInviteRenewalRequestsResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ReadOnly(list.Requests));
    }

    /// <summary>
    /// Clears a pending renewal request of an invite without changing the invite
    /// (<c>dismiss_integration_access_invite_renewal_request</c>; the contract answers 204).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestId">The renewal request's id (<see cref="AccessInviteRenewalRequestItem.Id"/>).</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DismissRenewalRequestAsync(
        string integrationId,
        string inviteId,
        string requestId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.DismissIntegrationAccessInviteRenewalRequest, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)))
            .SetPathParameter("request_id", Guard.Id(requestId, nameof(requestId)));
        return Transport.SendAsync(spec, cancellationToken);
    }
}
