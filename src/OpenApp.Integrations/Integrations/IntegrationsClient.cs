using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The <c>/integrations</c> API: integrations themselves (including transfers to another organization), their
/// entities, ops and provider types, with sub-clients for access portals, access invites, doors, people, the LAN
/// agent, zones, images, locations, Waveshare provisioning, policies, devices and the site view.
/// </summary>
/// <remarks>
/// Every method validates its arguments before sending anything, takes optional per-call
/// <see cref="OpenAppRequestOptions"/> (organization override, idempotency key, correlation id) and a
/// <see cref="CancellationToken"/> last, and returns the decoded body together with the raw response.
/// </remarks>
public partial class IntegrationsClient : ClientBase
{
    /// <summary>The largest image the SDK downloads: to upload it from a URL, or when you open the picture of an integration.</summary>
    public const int MaxImageBytes = 10 * 1024 * 1024;

    /// <summary>For mocking.</summary>
    protected IntegrationsClient()
    {
        AccessPortals = null!;
        AccessInvites = null!;
        People = null!;
        LanAgent = null!;
        Zones = null!;
        Doors = null!;
        Policies = null!;
        Devices = null!;
        Site = null!;
        Images = null!;
        Locations = null!;
        WaveshareProvisioning = null!;
    }

    internal IntegrationsClient(OpenAppTransport transport)
        : base(transport)
    {
        AccessPortals = new AccessPortalsClient(transport);
        AccessInvites = new AccessInvitesClient(transport);
        People = new PeopleClient(transport);
        LanAgent = new LanAgentClient(transport);
        Zones = new ZonesClient(transport);
        Doors = new DoorsClient(transport);
        Policies = new PoliciesClient(transport);
        Devices = new DevicesClient(transport);
        Site = new SiteClient(transport);
        Images = new IntegrationImagesClient(transport);
        Locations = new LocationsClient(transport);
        WaveshareProvisioning = new WaveshareProvisioningClient(transport);
    }

    /// <summary>Public access portals of an integration.</summary>
    public virtual AccessPortalsClient AccessPortals { get; }

    /// <summary>Access invites of an integration.</summary>
    public virtual AccessInvitesClient AccessInvites { get; }

    /// <summary>People of the building an integration represents (users who hold a role in it).</summary>
    public virtual PeopleClient People { get; }

    /// <summary>LAN-agent task specs and tasks.</summary>
    public virtual LanAgentClient LanAgent { get; }

    /// <summary>Zones of an integration.</summary>
    public virtual ZonesClient Zones { get; }

    /// <summary>Doors of an integration: who opened them, and when.</summary>
    public virtual DoorsClient Doors { get; }
    /// <summary>Policies of an integration (curfews, sharing rules) and the rules they add up to. No organization needed.</summary>
    public virtual PoliciesClient Policies { get; }

    /// <summary>One device of an integration: its physical hardware, steward slot and policies. No organization needed.</summary>
    public virtual DevicesClient Devices { get; }

    /// <summary>A <c>virtual_access</c> integration as a site: overview, door hardware and setup readiness.</summary>
    public virtual SiteClient Site { get; }

    /// <summary>The picture of an integration: upload, URL, download, copy from another integration, removal.</summary>
    public virtual IntegrationImagesClient Images { get; }

    /// <summary>The organization's locations (addresses, coordinates) as seen from an integration.</summary>
    public virtual LocationsClient Locations { get; }

    /// <summary>Whether a Waveshare relay board needs to be provisioned again, and recording that it was.</summary>
    public virtual WaveshareProvisioningClient WaveshareProvisioning { get; }

    /// <summary>One page of the organization's integrations (<c>GET /integrations</c>, <c>list_integrations</c>).</summary>
    /// <param name="options">Filters and page; the output flags and page always go on the wire.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<Page<IntegrationResponse>>> ListAsync(
        ListIntegrationsOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new ListIntegrationsOptions();
        var spec = Spec(OpenAppOperations.ListIntegrations, requestOptions);
        options.AddTo(spec);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.PaginatedResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ToPage(list.Items, list.Total, options));
    }

    /// <summary>Creates an integration (<c>POST /integrations</c>, <c>create_integration</c>).</summary>
    /// <param name="request">The integration; an empty <c>OrgId</c> is sent as the call's organization (the request
    /// object itself is left unchanged). Optional fields left unset are not sent.</param>
    /// <param name="options">Read flags for the returned integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<IntegrationResponse>> CreateAsync(
        CreateIntegrationRequest request,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.ProviderType.Value))
        {
            throw new ArgumentException("CreateIntegrationRequest.ProviderType is required, e.g. ProviderType.VirtualAccess.", nameof(request));
        }

        var spec = WithRead(Spec(OpenAppOperations.CreateIntegration, requestOptions), options);
        if (string.IsNullOrWhiteSpace(request.OrgId))
        {
            // Filled in on a copy: the caller's object is never written to, so one request can be reused (even
            // concurrently) for several organizations.
            request = request.WithOrgId(spec.OrganizationId ?? Transport.OrganizationId ?? throw new ArgumentException(
                "CreateIntegrationRequest.OrgId is empty and the client has no organization to fill it with.", nameof(request)));
        }

        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreateIntegrationRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationResponse, cancellationToken);
    }

    /// <summary>Reads one integration (<c>GET /integrations/{id}</c>, <c>get_integration</c>).</summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Read flags.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<IntegrationResponse>> GetAsync(
        string id,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = WithRead(Spec(OpenAppOperations.GetIntegration, requestOptions), options)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationResponse, cancellationToken);
    }

    /// <summary>
    /// Partially updates an integration (<c>PUT /integrations/{id}</c>, <c>update_integration</c>). Fields left unset
    /// are not sent and stay as they are; <c>Config = null</c> or <c>Secrets = null</c> clears them.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="options">Read flags for the returned integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<IntegrationResponse>> UpdateAsync(
        string id,
        UpdateIntegrationRequest request,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        var spec = WithRead(Spec(OpenAppOperations.UpdateIntegration, requestOptions), options)
            .SetPathParameter("id", id);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdateIntegrationRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationResponse, cancellationToken);
    }

    /// <summary>Permanently deletes an integration (<c>DELETE /integrations/{id}/purge</c>, <c>hard_delete_integration</c>).</summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Read flags for the returned (purged) integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The integration as it was when purged.</returns>
    public virtual Task<OpenAppResponse<IntegrationResponse>> PurgeAsync(
        string id,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = WithRead(Spec(OpenAppOperations.HardDeleteIntegration, requestOptions), options)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationResponse, cancellationToken);
    }

    /// <summary>Restores a soft-deleted integration (<c>POST /integrations/{id}/restore</c>, <c>restore_integration</c>).</summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Read flags for the returned integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<IntegrationResponse>> RestoreAsync(
        string id,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = WithRead(Spec(OpenAppOperations.RestoreIntegration, requestOptions), options)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationResponse, cancellationToken);
    }

    /// <summary>
    /// The provider types the server knows, each with its localized name
    /// (<c>GET /integrations/provider-types</c>, <c>list_integration_provider_types</c>). Needs no organization.
    /// </summary>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<IReadOnlyDictionary<string, LocalizedString>>> ListProviderTypesAsync(
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationProviderTypes, requestOptions);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.IDictionaryStringLocalizedString, cancellationToken)
            .ConfigureAwait(false);
        return response.Map<IReadOnlyDictionary<string, LocalizedString>>(types => types.AsReadOnly());
    }

    /// <summary>
    /// The definition of a provider type: capabilities, actions, schemas (provider-specific JSON)
    /// (<c>GET /integrations/provider-types/{provider_type}/definition</c>, <c>get_integration_provider_definition</c>).
    /// Needs no organization.
    /// </summary>
    /// <param name="providerType">The provider type, e.g. <see cref="ProviderType.VirtualAccess"/>.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<JsonElement>> GetProviderDefinitionAsync(
        ProviderType providerType,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetIntegrationProviderDefinition, requestOptions)
            .SetPathParameter("provider_type", Guard.Id(providerType.Value, nameof(providerType)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>
    /// The JSON Schema of this integration's device metadata
    /// (<c>GET /integrations/{id}/device-metadata-schema</c>, <c>get_integration_device_metadata_schema</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<IntegrationDeviceMetadataSchemaResponse>> GetDeviceMetadataSchemaAsync(
        string id,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetIntegrationDeviceMetadataSchema, requestOptions)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationDeviceMetadataSchemaResponse, cancellationToken);
    }

    /// <summary>
    /// Devices the upstream provider reports for this integration, as provider-specific JSON
    /// (<c>GET /integrations/{id}/discovered-devices</c>, <c>get_integration_discovered_devices</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Read flags.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<JsonElement>> GetDiscoveredDevicesAsync(
        string id,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = WithRead(Spec(OpenAppOperations.GetIntegrationDiscoveredDevices, requestOptions), options)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>
    /// One page of the entities of an integration's devices
    /// (<c>GET /integrations/{id}/entities</c>, <c>list_integration_entities</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Filters and page; the output flags and page always go on the wire.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OpenAppResponse<Page<EntityResponse>>> ListEntitiesAsync(
        string id,
        ListEntitiesOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        options ??= new ListEntitiesOptions();
        var spec = Spec(OpenAppOperations.ListIntegrationEntities, requestOptions)
            .SetPathParameter("id", id);
        options.AddTo(spec);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.PaginatedResponse_EntityResponse, cancellationToken)
            .ConfigureAwait(false);
        return response.Map(list => ToPage(list.Items, list.Total, options));
    }

    /// <summary>
    /// The provider-specific operations an integration offers, as JSON
    /// (<c>GET /integrations/{id}/ops</c>, <c>list_integration_ops</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="options">Read flags.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<JsonElement>> ListOpsAsync(
        string id,
        ReadOptions? options = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = WithRead(Spec(OpenAppOperations.ListIntegrationOps, requestOptions), options)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>
    /// Runs a provider-specific operation (<c>POST /integrations/{id}/ops/{op_id}</c>, <c>execute_integration_op</c>).
    /// A sharing policy may hold the op for an administrator's approval instead (HTTP 202): the result says which,
    /// so the caller branches on <see cref="OpResult.IsPendingApproval"/> rather than catching anything.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="opId">The operation id, as listed by <see cref="ListOpsAsync"/>.</param>
    /// <param name="body">The operation's input; null sends <c>{}</c>.</param>
    /// <param name="requestOptions">Per-call options (an idempotency key makes the call safe to retry).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The op's result as provider-specific JSON, or the pending approval request.</returns>
    /// <exception cref="OpenAppSerializationException">A 202 answer whose body is not an approval request.</exception>
    public virtual async Task<OpenAppResponse<OpResult>> RunOpAsync(
        string id,
        string opId,
        JsonElement? body = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        Guard.Id(opId, nameof(opId));
        var spec = Spec(OpenAppOperations.ExecuteIntegrationOp, requestOptions)
            .SetPathParameter("id", id)
            .SetPathParameter("op_id", opId);
        spec.Body = RequestBody.FromJson(body is { ValueKind: not JsonValueKind.Null } value ? value : default);
        var response = await Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return response.Status == PendingApprovalStatus
            ? response.WithValue(OpResult.Pending(PendingApproval(response, spec)))
            : response.Map(OpResult.Completed);
    }

    /// <summary>
    /// Runs a provider-specific operation with its input given as any serializable value: <paramref name="body"/> is
    /// written with <paramref name="bodyType"/> (from your own source-generated <c>JsonSerializerContext</c>, so this
    /// stays trim- and AOT-safe), then sent as <see cref="RunOpAsync(string, string, JsonElement?, OpenAppRequestOptions?, CancellationToken)"/> does.
    /// </summary>
    /// <typeparam name="TBody">The input's type.</typeparam>
    /// <param name="id">The integration id.</param>
    /// <param name="opId">The operation id, as listed by <see cref="ListOpsAsync"/>.</param>
    /// <param name="body">The operation's input.</param>
    /// <param name="bodyType">How to write <paramref name="body"/>, e.g. <c>MyJsonContext.Default.OpenDoorInput</c>.</param>
    /// <param name="requestOptions">Per-call options (an idempotency key makes the call safe to retry).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The op's result as provider-specific JSON, or the pending approval request.</returns>
    /// <remarks>Goes through the <see cref="JsonElement"/> overload, so a mock of that one also drives this one.</remarks>
    public virtual Task<OpenAppResponse<OpResult>> RunOpAsync<TBody>(
        string id,
        string opId,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bodyType);
        return RunOpAsync(id, opId, JsonSerializer.SerializeToElement(body, bodyType), requestOptions, cancellationToken);
    }

    /// <summary>
    /// Runs a provider-specific operation with its input built as a <see cref="JsonNode"/> (for example a
    /// <c>new JsonObject { ["channel"] = 2 }</c>), sent as <see cref="RunOpAsync(string, string, JsonElement?, OpenAppRequestOptions?, CancellationToken)"/> does.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="opId">The operation id, as listed by <see cref="ListOpsAsync"/>.</param>
    /// <param name="body">The operation's input.</param>
    /// <param name="requestOptions">Per-call options (an idempotency key makes the call safe to retry).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The op's result as provider-specific JSON, or the pending approval request.</returns>
    /// <remarks>Goes through the <see cref="JsonElement"/> overload, so a mock of that one also drives this one.</remarks>
    public virtual Task<OpenAppResponse<OpResult>> RunOpAsync(
        string id,
        string opId,
        JsonNode body,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunOpAsync(id, opId, body.Deserialize(OpenAppJsonContext.Default.JsonElement), requestOptions, cancellationToken);
    }

    /// <summary>
    /// Uploads the integration's picture (<c>post_integration_image</c>): the same call as
    /// <see cref="IntegrationImagesClient.UploadAsync(string, ReadOnlyMemory{byte}, string, string?, OpenAppRequestOptions?, CancellationToken)"/>,
    /// where the other image operations live too.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="image">The image bytes.</param>
    /// <param name="fileName">The file name sent with the part, e.g. <c>lobby.png</c>.</param>
    /// <param name="contentType">The media type; null detects it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The bytes are not a JPEG, PNG or WebP image, or do not match <paramref name="contentType"/>.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> UploadImageAsync(
        string id,
        ReadOnlyMemory<byte> image,
        string fileName,
        string? contentType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default) =>
        Images.UploadAsync(Guard.Id(id, nameof(id)), image, fileName, contentType, requestOptions, cancellationToken);

    /// <summary>
    /// Uploads the integration's picture from a stream: the same call as
    /// <see cref="IntegrationImagesClient.UploadAsync(string, Stream, string, string?, OpenAppRequestOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="image">The image stream.</param>
    /// <param name="fileName">The file name sent with the part.</param>
    /// <param name="contentType">The media type; null detects it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> UploadImageAsync(
        string id,
        Stream image,
        string fileName,
        string? contentType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default) =>
        Images.UploadAsync(Guard.Id(id, nameof(id)), image, fileName, contentType, requestOptions, cancellationToken);

    /// <summary>
    /// Downloads an image and uploads it as the integration's picture: the same call as
    /// <see cref="IntegrationImagesClient.UploadFromUrlAsync"/>.
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="imageUrl">An absolute http or https URL.</param>
    /// <param name="requestOptions">Per-call options for the upload.</param>
    /// <param name="cancellationToken">Cancels the download and the upload.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> UploadImageFromUrlAsync(
        string id,
        Uri imageUrl,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default) =>
        Images.UploadFromUrlAsync(Guard.Id(id, nameof(id)), imageUrl, requestOptions, cancellationToken);

    /// <summary>The status with which <c>execute_integration_op</c> says a sharing policy holds the op.</summary>
    private const int PendingApprovalStatus = 202;

    private static PendingSharingApprovalResponse PendingApproval(OpenAppResponse<JsonElement> response, RequestSpec spec)
    {
        try
        {
            if (response.HasValue && response.Value.ValueKind == JsonValueKind.Object &&
                response.Value.Deserialize(OpenAppJsonContext.Default.PendingSharingApprovalResponse) is { } pending)
            {
                return pending;
            }
        }
        catch (JsonException ex)
        {
            throw NotAnApproval(response, spec, ex);
        }

        throw NotAnApproval(response, spec, null);
    }

    private static OpenAppSerializationException NotAnApproval(OpenAppResponse<JsonElement> response, RequestSpec spec, Exception? cause)
    {
        var body = response is { HasValue: true, Value.ValueKind: not JsonValueKind.Undefined } ? response.Value.GetRawText() : string.Empty;
        var excerpt = body.Length <= OpenAppApiException.MaxRawBodyLength ? body : body[..OpenAppApiException.MaxRawBodyLength];
        return new OpenAppSerializationException(
            $"The {PendingApprovalStatus} response to OpenApp {spec.OperationName} is not a pending approval request.",
            response.Status,
            excerpt,
            cause)
        {
            OperationName = spec.OperationName,
            Method = spec.Method.Method,
            CorrelationId = response.CorrelationId,
        };
    }
}
