using OpenApp.Integrations.Models;
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

    /// <summary>The portals of an integration (<c>list_integration_access_portals</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<IReadOnlyList<AccessPortalListItem>>> ListAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(HttpMethod.Get, "/integrations/{id}/access-portals", "list_integration_access_portals", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.ListIntegrationAccessPortalsResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ReadOnly(list.Portals));
    }

    /// <summary>Creates a portal, optionally linked to a device (<c>create_integration_access_portal</c>).</summary>
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

        var spec = Spec(HttpMethod.Post, "/integrations/{id}/access-portals", "create_integration_access_portal", requestOptions)
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
        var spec = Spec(HttpMethod.Get, "/integrations/access-portals/{portal_id}", "get_access_portal_by_id", requestOptions)
            .SetPathParameter("portal_id", Guard.Id(portalId, nameof(portalId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.GetAccessPortalResponse, cancellationToken);
    }

    /// <summary>
    /// Partially updates a portal (<c>update_integration_access_portal</c>). Unset fields are kept;
    /// <c>DeviceExternalId = null</c> unlinks the portal from its device.
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
        var spec = Spec(HttpMethod.Put, "/integrations/{id}/access-portals/{portal_id}", "update_integration_access_portal", requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("portal_id", portalId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdateAccessPortalRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessPortalListItem, cancellationToken);
    }

    /// <summary>Deletes a portal (<c>delete_integration_access_portal</c>).</summary>
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
        var spec = Spec(HttpMethod.Delete, "/integrations/{id}/access-portals/{portal_id}", "delete_integration_access_portal", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("portal_id", Guard.Id(portalId, nameof(portalId)));
        return Transport.SendAsync(spec, cancellationToken);
    }
}
