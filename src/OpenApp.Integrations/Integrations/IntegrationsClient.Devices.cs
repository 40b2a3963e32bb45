using System.Text.Json;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

// What the provider reports about an integration's devices, beyond the discovered-devices list.
public partial class IntegrationsClient
{
    /// <summary>
    /// Asks the provider again how many channels (relays, inputs) the integration's linked devices have, as
    /// provider-specific JSON (<c>POST /integrations/{id}/discovered-devices/refresh-channel-counts</c>,
    /// <c>post_refresh_integration_device_channel_counts</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The refreshed counts (the contract gives no schema: <see cref="JsonElement"/>).</returns>
    /// <exception cref="OpenAppApiException">501 when the provider cannot report channel counts; 502 when it did not answer.</exception>
    /// <remarks>A POST without an <c>Idempotency-Key</c> in the contract: not retried by the SDK.</remarks>
    public virtual Task<OpenAppResponse<JsonElement>> RefreshDeviceChannelCountsAsync(
        string id,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.PostRefreshIntegrationDeviceChannelCounts, requestOptions)
            .SetPathParameter("id", Guard.Id(id, nameof(id)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }
}
