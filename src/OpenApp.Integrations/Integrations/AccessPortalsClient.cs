using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Public access portals of an integration (<c>/integrations/{id}/access-portals</c>).</summary>
public partial class AccessPortalsClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected AccessPortalsClient()
    {
    }

    internal AccessPortalsClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// The portals of an integration (<c>list_integration_access_portals</c>), as one page: the route takes no page,
    /// so the page holds the whole list (<see cref="Page{T}.Offset"/> 0, <see cref="Page{T}.Limit"/> its count).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<Page<AccessPortalListItem>>> ListAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationAccessPortals, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.PaginatedResponse_AccessPortalListItem, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list =>
        {
            var items = ReadOnly(list.Items);
            return new Page<AccessPortalListItem>(items, list.Total, 0, items.Count);
        });
    }

    /// <summary>
    /// Every portal of an integration (<c>list_integration_access_portals</c>), read lazily: the one request is sent
    /// when the enumeration starts (the route is not paged, so there is never a second one).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Stops the walk (as does the enumerator's token).</param>
    /// <returns>The portals; <see cref="AsyncPageable{T}.AsPages"/> gives the one page with its raw response.</returns>
    /// <exception cref="ArgumentException">The id is blank (raised here, not when enumerating).</exception>
    /// <remarks>The page is fetched with <see cref="ListAsync"/>, so a mock of that method also drives this walk.</remarks>
    public virtual AsyncPageable<AccessPortalListItem> ListAllAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        return new SinglePageable<AccessPortalListItem>(token => ListAsync(integrationId, requestOptions, token), cancellationToken);
    }

    /// <summary>Creates a portal, optionally linked to a door device and a directory (<c>create_integration_access_portal</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The portal.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<CreateAccessPortalResponse>> CreateAsync(
        string integrationId,
        CreateAccessPortalRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Name is null || (request.Name.Count == 0 && string.IsNullOrWhiteSpace(request.Name.PlainText)))
        {
            throw new ArgumentException("CreateAccessPortalRequest.Name is required.", nameof(request));
        }

        var spec = Spec(OpenAppOperations.CreateIntegrationAccessPortal, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreateAccessPortalRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.CreateAccessPortalResponse, cancellationToken);
    }

    /// <summary>
    /// Reads a portal by its id alone, with the integration that owns it
    /// (<c>GET /integrations/access-portals/{portal_id}</c>, <c>get_access_portal_by_id</c>).
    /// </summary>
    /// <param name="portalId">The portal id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<GetAccessPortalResponse>> GetAsync(
        string portalId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetAccessPortalById, requestOptions)
            .SetPathParameter("portal_id", Guard.Id(portalId, nameof(portalId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.GetAccessPortalResponse, cancellationToken);
    }

    /// <summary>
    /// Partially updates a portal (<c>update_integration_access_portal</c>). Unset fields are kept;
    /// <c>DeviceId = null</c> unlinks the portal from its door device, <c>DirectoryId = null</c> from its directory.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="portalId">The portal id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<AccessPortalListItem>> UpdateAsync(
        string integrationId,
        string portalId,
        UpdateAccessPortalRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        Guard.Id(portalId, nameof(portalId));
        ArgumentNullException.ThrowIfNull(request);
        var spec = Spec(OpenAppOperations.UpdateIntegrationAccessPortal, requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("portal_id", portalId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdateAccessPortalRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessPortalListItem, cancellationToken);
    }

    /// <summary>
    /// Deletes a portal softly (<c>delete_integration_access_portal</c>): it leaves lists and reads, and
    /// <see cref="ListDeletedAsync"/> and <see cref="RestoreAsync"/> can bring it back.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="portalId">The portal id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DeleteAsync(
        string integrationId,
        string portalId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.DeleteIntegrationAccessPortal, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("portal_id", Guard.Id(portalId, nameof(portalId)));
        return Transport.SendAsync(spec, cancellationToken);
    }

    /// <summary>
    /// The soft-deleted portals of an integration, which <see cref="RestoreAsync"/> can bring back
    /// (<c>list_deleted_integration_access_portals</c>). The route is not paged and reports no total: the answer is the
    /// whole list (the wire's <c>{"portals": [...]}</c> unwrapped).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<IReadOnlyList<AccessPortalListItem>>> ListDeletedAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListDeletedIntegrationAccessPortals, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.ListIntegrationAccessPortalsResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ReadOnly(list.Portals));
    }

    /// <summary>
    /// Restores a soft-deleted portal: its public id and printed links work again, and the invites that grant it
    /// open it again (<c>restore_integration_access_portal</c>).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="portalId">The portal id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The restored portal.</returns>
    public virtual Task<OpenAppResponse<AccessPortalListItem>> RestoreAsync(
        string integrationId,
        string portalId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.RestoreIntegrationAccessPortal, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("portal_id", Guard.Id(portalId, nameof(portalId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessPortalListItem, cancellationToken);
    }
}
