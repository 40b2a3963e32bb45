using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// Provisioning of a Waveshare relay board (<c>/integrations/{id}/provisioning</c>): the board keeps the MQTT
/// settings it was provisioned with, so when the integration's settings change it has to be provisioned again. Ask
/// whether it is stale, provision the board, then acknowledge.
/// </summary>
/// <remarks>
/// The answers carry the MQTT password (<see cref="WaveshareConnectionConfig.MqttPassword"/>): treat them as secrets.
/// </remarks>
public partial class WaveshareProvisioningClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected WaveshareProvisioningClient()
    {
    }

    internal WaveshareProvisioningClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// Whether the Waveshare board of an integration needs to be provisioned again, with the settings it was
    /// provisioned with, the ones it should have now and which differ
    /// (<c>GET /integrations/{id}/provisioning/status</c>, <c>get_waveshare_provisioning_status</c>).
    /// </summary>
    /// <param name="integrationId">The id of a Waveshare integration.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; <see cref="WaveshareProvisioningStatusResponse.Stale"/> says whether to provision again.</returns>
    /// <exception cref="OpenAppValidationException">400: the integration is not a Waveshare one.</exception>
    public virtual Task<OpenAppResponse<WaveshareProvisioningStatusResponse>> GetStatusAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetWaveshareProvisioningStatus, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.WaveshareProvisioningStatusResponse, cancellationToken);
    }

    /// <summary>
    /// Records that the board was provisioned again with the current settings, so the status is no longer stale
    /// (<c>POST /integrations/{id}/provisioning/ack</c>, <c>post_waveshare_provisioning_ack</c>).
    /// </summary>
    /// <param name="integrationId">The id of a Waveshare integration.</param>
    /// <param name="body">The acknowledgement's body; the contract gives it no schema. Null sends <c>{}</c>.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The integration after the acknowledgement.</returns>
    /// <exception cref="OpenAppValidationException">400: the integration is not a Waveshare one.</exception>
    /// <remarks>A POST without an <c>Idempotency-Key</c> in the contract: not retried by the SDK (acknowledging twice is
    /// harmless, so pass <see cref="OpenAppRequestOptions.IdempotencyKey"/> to have it retried).</remarks>
    public virtual Task<OpenAppResponse<IntegrationResponse>> AcknowledgeAsync(
        string integrationId,
        JsonElement? body = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.PostWaveshareProvisioningAck, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        spec.Body = RequestBody.FromJson(body is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value : default);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationResponse, cancellationToken);
    }
}
