using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Access invites of an integration (<c>/integrations/{id}/access-invites</c>).</summary>
public partial class AccessInvitesClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected AccessInvitesClient()
    {
    }

    internal AccessInvitesClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>The invites of an integration (<c>list_integration_access_invites</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<IReadOnlyList<AccessInviteListItem>>> ListAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(HttpMethod.Get, "/integrations/{id}/access-invites", "list_integration_access_invites", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.ListIntegrationAccessInvitesResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ReadOnly(list.Invites));
    }

    /// <summary>
    /// Creates an invite that opens one or more portals (<c>create_integration_access_invite</c>). The call carries an
    /// <c>Idempotency-Key</c> (made up unless given), so a retry after a lost response cannot create a second invite.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The invite; <c>PortalIds</c> must name at least one portal.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<CreateAccessInviteResponse>> CreateAsync(
        string integrationId,
        CreateAccessInviteRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.PortalIds is null || request.PortalIds.Count == 0)
        {
            throw new ArgumentException("CreateAccessInviteRequest.PortalIds must name at least one portal.", nameof(request));
        }

        var spec = Spec(HttpMethod.Post, "/integrations/{id}/access-invites", "create_integration_access_invite", requestOptions)
            .SetPathParameter("id", integrationId);
        spec.IdempotencyKey ??= Guid.NewGuid().ToString("N");
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreateAccessInviteRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.CreateAccessInviteResponse, cancellationToken);
    }

    /// <summary>Partially updates an active invite; unset fields are kept (<c>update_integration_access_invite</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<AccessInviteListItem>> UpdateAsync(
        string integrationId,
        string inviteId,
        UpdateAccessInviteRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        Guard.Id(inviteId, nameof(inviteId));
        ArgumentNullException.ThrowIfNull(request);
        var spec = Spec(HttpMethod.Put, "/integrations/{id}/access-invites/{invite_link_id}", "update_integration_access_invite", requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("invite_link_id", inviteId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessInviteListItem, cancellationToken);
    }

    /// <summary>Revokes an invite (<c>delete_integration_access_invite</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DeleteAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(HttpMethod.Delete, "/integrations/{id}/access-invites/{invite_link_id}", "delete_integration_access_invite", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, cancellationToken);
    }

    /// <summary>Brings a revoked invite back (<c>restore_integration_access_invite</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<AccessInviteListItem>> RestoreAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(HttpMethod.Post, "/integrations/{id}/access-invites/{invite_link_id}/restore", "restore_integration_access_invite", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessInviteListItem, cancellationToken);
    }
}
