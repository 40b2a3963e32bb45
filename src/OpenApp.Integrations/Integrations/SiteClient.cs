using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// A <c>virtual_access</c> integration seen as a site: its overview, the hardware that serves its doors, and how
/// complete its setup is. These calls are organization-scoped (<c>X-Org</c>); on an integration of another provider
/// the server answers 400 (<see cref="OpenAppValidationException"/>).
/// </summary>
public partial class SiteClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected SiteClient()
    {
    }

    internal SiteClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// Counts and summaries for the overview of a site: doors, listings, people, invitations, portals (with the door
    /// each opens), devices by role and policies (<c>GET /integrations/{id}/access-overview</c>,
    /// <c>get_site_access_overview</c>).
    /// </summary>
    /// <param name="integrationId">The id of a <c>virtual_access</c> integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The overview; <c>Devices</c> and <c>PoliciesCount</c> are null when the caller may not list them. The
    /// contract declares 200 with it; a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<SiteAccessOverviewResponse>> GetOverviewAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetSiteAccessOverview, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.SiteAccessOverviewResponse, cancellationToken);
    }

    /// <summary>
    /// The hardware of a site grouped by the role it plays for the doors (openers, lights, cameras), with the door
    /// references that lead to no device (<c>GET /integrations/{id}/access-devices</c>, <c>get_site_access_devices</c>).
    /// </summary>
    /// <param name="integrationId">The id of a <c>virtual_access</c> integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The inventory. The contract declares 200 with it; a 2xx without a body gives
    /// <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<SiteAccessDevicesResponse>> GetAccessDevicesAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetSiteAccessDevices, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.SiteAccessDevicesResponse, cancellationToken);
    }

    /// <summary>
    /// How complete the setup of a site is, section by section (doors, portals, virtual intercom, people), with the
    /// issues that keep it from being usable or complete (<c>GET /integrations/{id}/readiness</c>, <c>get_site_readiness</c>).
    /// </summary>
    /// <param name="integrationId">The id of a <c>virtual_access</c> integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The readiness; <c>Usable</c> says whether the site can be used at all. The contract declares 200 with
    /// it; a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<SiteReadiness>> GetReadinessAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetSiteReadiness, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.SiteReadiness, cancellationToken);
    }
}
