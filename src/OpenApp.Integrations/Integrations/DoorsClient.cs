using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>The doors of an integration (<c>/integrations/{id}/doors/{device_id}</c>): who opened them, and when.</summary>
public class DoorsClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected DoorsClient()
    {
    }

    internal DoorsClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// The uses of a door in the last 30 days, newest first, whoever opened it: a user, a guest through an invite
    /// (<see cref="AccessUsageEntry.InviteName"/> names the invite), the system or an API key
    /// (<c>list_integration_door_usage</c>). The uses of one invite come from <see cref="AccessInvitesClient.ListUsageAsync"/>.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The door's device id (<see cref="Entity.DeviceId"/> of a door entity, or <see cref="AccessPortalListItem.DeviceId"/> of the portal that opens it).</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<AccessUsageResponse>> ListUsageAsync(
        string integrationId,
        string deviceId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationDoorUsage, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("device_id", Guard.Id(deviceId, nameof(deviceId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessUsageResponse, cancellationToken);
    }
}
