using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The organization's locations (addresses and coordinates that invites and portals can point to), as seen from an
/// integration (<c>/integrations/{id}/locations</c>): each says whether it is near or tied to that integration and
/// how many resources use it.
/// </summary>
/// <remarks>
/// The contract declares no <c>X-Org</c> on this route, so none is sent: the server takes the organization from the
/// integration.
/// </remarks>
public partial class LocationsClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected LocationsClient()
    {
    }

    internal LocationsClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>One page of the locations, as seen from an integration (<c>list_integration_locations</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Page and search; the page always goes on the wire, the search only when set.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (<c>{"items": [...], "total": n}</c> on the wire).</returns>
    public virtual async Task<OpenAppResponse<Page<LocationListItemResponse>>> ListAsync(
        string integrationId,
        ListLocationsOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        options ??= new ListLocationsOptions();
        var spec = Spec(OpenAppOperations.ListIntegrationLocations, requestOptions)
            .SetPathParameter("id", integrationId);
        options.AddTo(spec);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.PaginatedResponse_LocationListItemResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ToPage(list.Items, list.Total, options));
    }

    /// <summary>
    /// Every location that matches the search, page after page (<c>list_integration_locations</c>), read lazily: no
    /// request is sent until the enumeration starts.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="options">Page size, search and the offset to start at. Copied now: later changes do not affect the walk.</param>
    /// <param name="requestOptions">Per-call options, applied to every page request.</param>
    /// <param name="cancellationToken">Stops the walk (as does the enumerator's token).</param>
    /// <returns>The locations; <see cref="AsyncPageable{T}.AsPages"/> gives them a page at a time with the raw responses.</returns>
    /// <exception cref="ArgumentException">The id is blank, or the limit or offset is out of range (raised here, not when enumerating).</exception>
    /// <remarks>Each page is fetched with <see cref="ListAsync"/>, so a mock of that method also drives this walk.</remarks>
    public virtual AsyncPageable<LocationListItemResponse> ListAllAsync(
        string integrationId,
        ListLocationsOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        var template = CopyAt(options ?? new ListLocationsOptions(), options?.Offset ?? 0);
        template.Validate();
        return new OffsetPageable<LocationListItemResponse>(
            template.Offset,
            (offset, token) => ListAsync(integrationId, CopyAt(template, offset), requestOptions, token),
            cancellationToken);
    }
}
