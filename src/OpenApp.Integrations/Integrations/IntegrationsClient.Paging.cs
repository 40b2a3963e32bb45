using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <content>Walks over every page of the integration and entity lists.</content>
public partial class IntegrationsClient
{
    /// <summary>
    /// Every integration of the organization, page after page (<c>list_integrations</c>), read lazily: no request is
    /// sent until the enumeration starts.
    /// </summary>
    /// <param name="options">Filters, page size and the offset to start at. Copied now: later changes do not
    /// affect the walk.</param>
    /// <param name="requestOptions">Per-call options, applied to every page request.</param>
    /// <param name="cancellationToken">Stops the walk (as does the enumerator's token).</param>
    /// <returns>The integrations; <see cref="AsyncPageable{T}.AsPages"/> gives them a page at a time with the raw responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit or offset is out of range (raised here, not when enumerating).</exception>
    /// <remarks>Each page is fetched with <see cref="ListAsync"/>, so a mock of that method also drives this walk.</remarks>
    public virtual AsyncPageable<IntegrationResponse> ListAllAsync(
        ListIntegrationsOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var template = CopyAt(options ?? new ListIntegrationsOptions(), options?.Offset ?? 0);
        template.Validate();
        return new OffsetPageable<IntegrationResponse>(
            template.Offset,
            (offset, token) => ListAsync(CopyAt(template, offset), requestOptions, token),
            cancellationToken);
    }

    /// <summary>
    /// Every entity of an integration's devices, page after page (<c>list_integration_entities</c>), read lazily: no
    /// request is sent until the enumeration starts.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Filters, page size and the offset to start at. Copied now: later changes do not
    /// affect the walk.</param>
    /// <param name="requestOptions">Per-call options, applied to every page request.</param>
    /// <param name="cancellationToken">Stops the walk (as does the enumerator's token).</param>
    /// <returns>The entities; <see cref="AsyncPageable{T}.AsPages"/> gives them a page at a time with the raw responses.</returns>
    /// <exception cref="ArgumentException">The id is blank, or the limit or offset is out of range (raised here, not when enumerating).</exception>
    /// <remarks>Each page is fetched with <see cref="ListEntitiesAsync"/>, so a mock of that method also drives this walk.</remarks>
    public virtual AsyncPageable<EntityResponse> ListAllEntitiesAsync(
        string id,
        ListEntitiesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        var template = CopyAt(options ?? new ListEntitiesOptions(), options?.Offset ?? 0);
        template.Validate();
        return new OffsetPageable<EntityResponse>(
            template.Offset,
            (offset, token) => ListEntitiesAsync(id, CopyAt(template, offset), requestOptions, token),
            cancellationToken);
    }
}
