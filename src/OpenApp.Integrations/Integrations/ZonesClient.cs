using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Zones (areas, floors, apartments) of an integration (<c>/integrations/{integration_id}/zones</c>).</summary>
public partial class ZonesClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected ZonesClient()
    {
    }

    internal ZonesClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>The zones of an integration (<c>list_integration_zones</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Optional flags; null ones are left out.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<IReadOnlyList<ZoneResponse>>> ListAsync(
        string integrationId,
        ListZonesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(HttpMethod.Get, "/integrations/{integration_id}/zones", "list_integration_zones", requestOptions)
            .SetPathParameter("integration_id", Guard.Id(integrationId, nameof(integrationId)))
            .AddQuery("include_deleted", options?.IncludeDeleted)
            .AddQuery("only_deleted", options?.OnlyDeleted)
            .AddQuery("include_metadata", options?.IncludeMetadata);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.ListZoneResponse, cancellationToken).ConfigureAwait(false);
        return response.Map<IReadOnlyList<ZoneResponse>>(zones => zones);
    }
}
