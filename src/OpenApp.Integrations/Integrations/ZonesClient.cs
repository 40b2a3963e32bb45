using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Zones (areas, floors, rooms) of an integration (<c>/integrations/{integration_id}/zones</c>).</summary>
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

    /// <summary>One page of the zones of an integration (<c>list_integration_zones</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Output flags and page; they always go on the wire.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<Page<Zone>>> ListAsync(
        string integrationId,
        ListZonesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        options ??= new ListZonesOptions();
        var spec = Spec(OpenAppOperations.ListIntegrationZones, requestOptions)
            .SetPathParameter("integration_id", integrationId);
        options.AddTo(spec);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.PaginatedResponse_ZoneResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ToPage(list.Items, list.Total, options));
    }

    /// <summary>
    /// Every zone of an integration, page after page (<c>list_integration_zones</c>), read lazily: no request is sent
    /// until the enumeration starts.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Output flags, page size and the offset to start at. Copied now: later changes do not affect the walk.</param>
    /// <param name="requestOptions">Per-call options, applied to every page request.</param>
    /// <param name="cancellationToken">Stops the walk (as does the enumerator's token).</param>
    /// <returns>The zones; <see cref="AsyncPageable{T}.AsPages"/> gives them a page at a time with the raw responses.</returns>
    /// <exception cref="ArgumentException">The id is blank, or the limit or offset is out of range (raised here, not when enumerating).</exception>
    /// <remarks>Each page is fetched with <see cref="ListAsync"/>, so a mock of that method also drives this walk.</remarks>
    public virtual AsyncPageable<Zone> ListAllAsync(
        string integrationId,
        ListZonesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        var template = CopyAt(options ?? new ListZonesOptions(), options?.Offset ?? 0);
        template.Validate();
        return new OffsetPageable<Zone>(
            template.Offset,
            (offset, token) => ListAsync(integrationId, CopyAt(template, offset), requestOptions, token),
            cancellationToken);
    }
}
