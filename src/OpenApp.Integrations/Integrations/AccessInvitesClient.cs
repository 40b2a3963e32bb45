using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
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

    /// <summary>One page of the invites of an integration (<c>list_integration_access_invites</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Page and filters; the page always goes on the wire, filters only when set.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<Page<AccessInviteListItem>>> ListAsync(
        string integrationId,
        ListAccessInvitesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        options ??= new ListAccessInvitesOptions();
        var spec = Spec(OpenAppOperations.ListIntegrationAccessInvites, requestOptions)
            .SetPathParameter("id", integrationId);
        options.AddTo(spec);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.PaginatedResponse_AccessInviteListItem, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ToPage(list.Items, list.Total, options));
    }

    /// <summary>
    /// Every invite of an integration that matches the filters, page after page (<c>list_integration_access_invites</c>),
    /// read lazily: no request is sent until the enumeration starts.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Page size, filters and the offset to start at. Copied now: later changes do not affect the walk.</param>
    /// <param name="requestOptions">Per-call options, applied to every page request.</param>
    /// <param name="cancellationToken">Stops the walk (as does the enumerator's token).</param>
    /// <returns>The invites; <see cref="AsyncPageable{T}.AsPages"/> gives them a page at a time with the raw responses.</returns>
    /// <exception cref="ArgumentException">The id is blank, or the limit or offset is out of range (raised here, not when enumerating).</exception>
    /// <remarks>Each page is fetched with <see cref="ListAsync"/>, so a mock of that method also drives this walk.</remarks>
    public virtual AsyncPageable<AccessInviteListItem> ListAllAsync(
        string integrationId,
        ListAccessInvitesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        var template = CopyAt(options ?? new ListAccessInvitesOptions(), options?.Offset ?? 0);
        template.Validate();
        return new OffsetPageable<AccessInviteListItem>(
            template.Offset,
            (offset, token) => ListAsync(integrationId, CopyAt(template, offset), requestOptions, token),
            cancellationToken);
    }

    /// <summary>
    /// Creates an invite that opens one or more portals during the windows of its schedules
    /// (<c>create_integration_access_invite</c>). The call carries an <c>Idempotency-Key</c> (made up unless given),
    /// so a retry after a lost response cannot create a second invite: the server replays the first answer, without
    /// the one-time <c>InviteToken</c> and <c>InviteUrl</c> and with <c>IdempotentReplay</c> set.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The invite; <c>PortalIds</c> and <c>Schedules</c> must each have at least one entry.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<CreateAccessInviteResponse>> CreateAsync(
        string integrationId,
        CreateAccessInviteRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        CheckInvitation(request, nameof(request));
        var spec = Spec(OpenAppOperations.CreateIntegrationAccessInvite, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreateAccessInviteRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.CreateAccessInviteResponse, cancellationToken);
    }

    /// <summary>
    /// Checks an invite exactly as <see cref="CreateAsync"/> would and answers what it would be (its windows, the
    /// portals it would open and which of them lead to no door, what policy would demand), without creating anything
    /// (<c>preview_integration_access_invite</c>). A request create would refuse gets the same error here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The invite as it would be created; <c>PortalIds</c> and <c>Schedules</c> must each have at least one entry.</param>
    /// <param name="requestOptions">Per-call options (the correlation id is recorded with the preview).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<PreviewAccessInviteResponse>> PreviewAsync(
        string integrationId,
        CreateAccessInviteRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        CheckInvitation(request, nameof(request));
        var spec = Spec(OpenAppOperations.PreviewIntegrationAccessInvite, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreateAccessInviteRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.PreviewAccessInviteResponse, cancellationToken);
    }

    /// <summary>
    /// Brings the invite of an outside system's record (a reservation, a work order) to the state wanted, whatever it
    /// is now (<c>reconcile_integration_access_invite</c>): creates it, updates it, restores it, revokes it or leaves it
    /// as it is, and says which in <see cref="ReconcileAccessInviteResponse.Action"/>. The record's
    /// <c>ExternalRef</c> names the invite, so the caller keeps no OpenApp id. The call carries an
    /// <c>Idempotency-Key</c> (made up unless given), so it is retried safely; a replay of an earlier answer comes
    /// without <c>InviteToken</c> and <c>InviteUrl</c> and with <c>IdempotentReplay</c> set.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">
    /// The record and the state wanted. Unless <c>State</c> is <see cref="ReconcileInviteState.Revoked"/>, <c>Invitation</c>
    /// is required, with portals and schedules, and without an <c>ExternalRef</c> of its own (the request's names it).
    /// </param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the call did, the invite it left (null when there is none) and, when it created one, the one-time token and link.</returns>
    public virtual Task<OpenAppResponse<ReconcileAccessInviteResponse>> ReconcileAsync(
        string integrationId,
        ReconcileAccessInviteRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.ExternalRef is null || string.IsNullOrWhiteSpace(request.ExternalRef.Source) || string.IsNullOrWhiteSpace(request.ExternalRef.RecordId))
        {
            throw new ArgumentException(
                "ReconcileAccessInviteRequest.ExternalRef must name the outside system (Source) and its record (RecordId).", nameof(request));
        }

        if (request.State != ReconcileInviteState.Revoked)
        {
            if (request.Invitation is null)
            {
                throw new ArgumentException(
                    "ReconcileAccessInviteRequest.Invitation is required unless State is revoked: it is the invite the record should have.",
                    nameof(request));
            }

            if (request.Invitation.ExternalRef is not null)
            {
                throw new ArgumentException(
                    "ReconcileAccessInviteRequest.Invitation must not have an ExternalRef of its own: the request's ExternalRef names the invite.",
                    nameof(request));
            }

            CheckInvitation(request.Invitation, nameof(request));
        }

        var spec = Spec(OpenAppOperations.ReconcileIntegrationAccessInvite, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<ReconcileAccessInviteRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ReconcileAccessInviteResponse, cancellationToken);
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
        var spec = Spec(OpenAppOperations.UpdateIntegrationAccessInvite, requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("invite_link_id", inviteId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessInviteListItem, cancellationToken);
    }

    /// <summary>Deletes an invite for good (<c>delete_integration_access_invite</c>).</summary>
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
        var spec = Spec(OpenAppOperations.DeleteIntegrationAccessInvite, requestOptions)
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
        var spec = Spec(OpenAppOperations.RestoreIntegrationAccessInvite, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessInviteListItem, cancellationToken);
    }

    // What create, preview and reconcile refuse before sending: the server would answer 400 for either.
    private static void CheckInvitation(CreateAccessInviteRequest? request, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(request, parameterName);
        if (request.PortalIds is null || request.PortalIds.Count == 0)
        {
            throw new ArgumentException("CreateAccessInviteRequest.PortalIds must name at least one portal.", parameterName);
        }

        if (request.Schedules is null || request.Schedules.Count == 0)
        {
            throw new ArgumentException(
                "CreateAccessInviteRequest.Schedules must have at least one entry: the invite's validity comes only from its schedules.",
                parameterName);
        }
    }
}
