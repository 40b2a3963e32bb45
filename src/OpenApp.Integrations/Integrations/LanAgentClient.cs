using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>The LAN agent of an integration (<c>/integrations/{integration_id}/lan-agent</c>).</summary>
public partial class LanAgentClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected LanAgentClient()
    {
    }

    internal LanAgentClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// Asks for the specification of a LAN-agent task (<c>post_integration_lan_agent_task_spec</c>). A 426 answer
    /// means the agent's protocol version is too old; it is never retried.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The task and the agent's protocol version.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<LanAgentTaskSpecResponse>> SubmitTaskSpecAsync(
        string integrationId,
        LanAgentTaskSpecRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(request);
        Guard.Id(request.TaskId, nameof(request) + "." + nameof(request.TaskId));
        ArgumentOutOfRangeException.ThrowIfNegative(request.LanProtocolVersion, nameof(request) + "." + nameof(request.LanProtocolVersion));
        if (request.Payload.ValueKind == JsonValueKind.Undefined)
        {
            // The bundle requires a payload; a default JsonElement would otherwise fail deep in the serializer.
            throw new ArgumentException("LanAgentTaskSpecRequest.Payload is required (use an empty JSON object when there is nothing to send).", nameof(request));
        }
        var spec = Spec(OpenAppOperations.PostIntegrationLanAgentTaskSpec, requestOptions)
            .SetPathParameter("integration_id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<LanAgentTaskSpecRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.LanAgentTaskSpecResponse, cancellationToken);
    }

    /// <summary>The pending LAN-agent tasks, as provider-specific JSON (<c>get_integration_lan_agent_tasks</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<JsonElement>> ListTasksAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetIntegrationLanAgentTasks, requestOptions)
            .SetPathParameter("integration_id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }
}
