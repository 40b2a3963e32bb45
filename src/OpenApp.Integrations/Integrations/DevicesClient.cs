using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// One device of an integration (<c>/integrations/{id}/devices/{device_id}</c>): the physical hardware behind it, its
/// steward slot, and the policies attached to it.
/// </summary>
/// <remarks>
/// <para>
/// Several integrations can reach the same hardware; the server tracks it as one physical device whose
/// <em>steward</em> (a verified hardware administrator) decides the device-tier policies. Creating a device policy
/// claims the steward slot when nobody holds it; changing one needs the slot; <see cref="ReleaseStewardAsync"/> gives
/// it up and keeps the policies. Policies of the whole integration are on <see cref="PoliciesClient"/>.
/// </para>
/// <para>
/// The contract declares no <c>X-Org</c> on these operations (they are part of the policies API): the server finds the
/// integration from its id and the caller's credentials, so they need no organization and never send one.
/// </para>
/// </remarks>
public partial class DevicesClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected DevicesClient()
    {
    }

    internal DevicesClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// What the server knows about the physical device behind a device, and who holds its steward slot
    /// (<c>GET /integrations/{id}/devices/{device_id}/physical-device</c>, <c>get_device_physical_status</c>).
    /// No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The device id (an entity's <c>DeviceId</c>).</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; <c>CanClaim</c> says whether creating a device policy would succeed. The contract declares
    /// 200 with it; a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<DevicePhysicalStatusResponse>> GetPhysicalStatusAsync(
        string integrationId,
        string deviceId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = DeviceSpec(OpenAppOperations.GetDevicePhysicalStatus, integrationId, deviceId, requestOptions);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.DevicePhysicalStatusResponse, cancellationToken);
    }

    /// <summary>
    /// Gives up the caller's steward slot of a device; its policies stay in force
    /// (<c>POST /integrations/{id}/devices/{device_id}/steward/release</c>, <c>release_steward</c>). The contract
    /// declares 204, and 403 when the caller is not the steward. No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="requestOptions">Per-call options. A POST without an <c>Idempotency-Key</c> is not retried.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> ReleaseStewardAsync(
        string integrationId,
        string deviceId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = DeviceSpec(OpenAppOperations.ReleaseSteward, integrationId, deviceId, requestOptions);
        return Transport.SendAsync(spec, cancellationToken);
    }

    /// <summary>
    /// The policies attached to a device (<c>GET /integrations/{id}/devices/{device_id}/policies</c>,
    /// <c>list_device_policies</c>). No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policies (the whole list: the contract does not page it). The contract declares 200 with the list;
    /// a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<IReadOnlyList<PolicyResponse>>> ListPoliciesAsync(
        string integrationId,
        string deviceId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = DeviceSpec(OpenAppOperations.ListDevicePolicies, integrationId, deviceId, requestOptions);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IReadOnlyListPolicyResponse, cancellationToken);
    }

    /// <summary>
    /// Attaches a policy to a device, claiming its steward slot when nobody holds it
    /// (<c>POST /integrations/{id}/devices/{device_id}/policies</c>, <c>create_device_policy</c>). The contract
    /// declares 201 with the policy, and 403 when the caller is not a verified device admin or another user is the
    /// steward. No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="request">The policy: <c>PolicyType</c> and a <c>Config</c> object; optional fields are sent only when set.</param>
    /// <param name="requestOptions">Per-call options. The contract declares no <c>Idempotency-Key</c> here, so the
    /// POST is not retried unless you give one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy as stored (its <c>PhysicalDeviceId</c> names the hardware); a 2xx without a body gives
    /// <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    /// <exception cref="ArgumentException"><c>PolicyType</c> is blank or <c>Config</c> is not a JSON object.</exception>
    public virtual Task<OpenAppResponse<PolicyResponse>> CreatePolicyAsync(
        string integrationId,
        string deviceId,
        CreatePolicyRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = DeviceSpec(OpenAppOperations.CreateDevicePolicy, integrationId, deviceId, requestOptions);
        PolicyRequestChecks.Create(request, nameof(request));
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreatePolicyRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.PolicyResponse, cancellationToken);
    }

    /// <summary>
    /// Partially updates a policy of a device; fields left unset are kept
    /// (<c>PATCH /integrations/{id}/devices/{device_id}/policies/{policy_id}</c>, <c>update_device_policy</c>). The
    /// contract declares 200 with the policy, and 403 when the caller is not the steward. No <c>X-Org</c>: the
    /// contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="policyId">The policy id.</param>
    /// <param name="request">The fields to change. <c>Config</c>, when set, must be a JSON object (the server refuses null).</param>
    /// <param name="requestOptions">Per-call options. A PATCH is retried only with an <c>Idempotency-Key</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy after the change; a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    /// <exception cref="ArgumentException"><c>Config</c> is set to null or to something other than a JSON object.</exception>
    public virtual Task<OpenAppResponse<PolicyResponse>> UpdatePolicyAsync(
        string integrationId,
        string deviceId,
        string policyId,
        UpdatePolicyRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = DeviceSpec(OpenAppOperations.UpdateDevicePolicy, integrationId, deviceId, requestOptions)
            .SetPathParameter("policy_id", Guard.Id(policyId, nameof(policyId)));
        PolicyRequestChecks.Update(request, nameof(request));
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdatePolicyRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.PolicyResponse, cancellationToken);
    }

    /// <summary>
    /// Removes a policy from a device (<c>DELETE /integrations/{id}/devices/{device_id}/policies/{policy_id}</c>,
    /// <c>delete_device_policy</c>). The contract declares 204. No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="policyId">The policy id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DeletePolicyAsync(
        string integrationId,
        string deviceId,
        string policyId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = DeviceSpec(OpenAppOperations.DeleteDevicePolicy, integrationId, deviceId, requestOptions)
            .SetPathParameter("policy_id", Guard.Id(policyId, nameof(policyId)));
        return Transport.SendAsync(spec, cancellationToken);
    }

    private static RequestSpec DeviceSpec(OperationInfo operation, string integrationId, string deviceId, OpenAppRequestOptions? requestOptions) =>
        Spec(operation, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("device_id", Guard.Id(deviceId, nameof(deviceId)));
}
