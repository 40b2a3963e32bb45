using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// Policies of an integration (<c>/integrations/{id}/policies</c>): curfews, sharing rules and other limits on the
/// invitations and shares made for it, and the rules that result once every policy is combined
/// (<see cref="GetEffectiveAsync"/>). Policies attached to one device are on <see cref="DevicesClient"/>.
/// </summary>
/// <remarks>
/// The contract declares no <c>X-Org</c> on the policy operations: the server finds the integration from its id and
/// the caller's credentials. These methods therefore need no organization and never send one, even when the client
/// or the call has one.
/// </remarks>
public partial class PoliciesClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected PoliciesClient()
    {
    }

    internal PoliciesClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// The policies attached to an integration (<c>GET /integrations/{id}/policies</c>, <c>list_integration_policies</c>).
    /// No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policies, in the server's order (the whole list: the contract does not page it). The contract
    /// declares 200 with the list; a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<IReadOnlyList<PolicyResponse>>> ListAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationPolicies, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IReadOnlyListPolicyResponse, cancellationToken);
    }

    /// <summary>
    /// Attaches a policy to an integration (<c>POST /integrations/{id}/policies</c>, <c>create_integration_policy</c>).
    /// No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The policy: <c>PolicyType</c> and a <c>Config</c> object whose shape depends on it;
    /// <c>Enabled</c>, <c>Enforcement</c> and <c>Capability</c> are sent only when set.</param>
    /// <param name="requestOptions">Per-call options. The contract declares no <c>Idempotency-Key</c> here, so the
    /// POST is not retried unless you give one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy as stored. The contract declares 201 with it (a curfew also reports the invites it will
    /// constrain in <c>ConflictReport</c>); a 2xx without a body gives <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    /// <exception cref="ArgumentException"><c>PolicyType</c> is blank or <c>Config</c> is not a JSON object.</exception>
    public virtual Task<OpenAppResponse<PolicyResponse>> CreateAsync(
        string integrationId,
        CreatePolicyRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        PolicyRequestChecks.Create(request, nameof(request));
        var spec = Spec(OpenAppOperations.CreateIntegrationPolicy, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreatePolicyRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.PolicyResponse, cancellationToken);
    }

    /// <summary>
    /// Partially updates a policy of an integration; fields left unset are kept
    /// (<c>PATCH /integrations/{id}/policies/{policy_id}</c>, <c>update_integration_policy</c>).
    /// No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="policyId">The policy id.</param>
    /// <param name="request">The fields to change. <c>Config</c>, when set, must be a JSON object (the server refuses null).</param>
    /// <param name="requestOptions">Per-call options. A PATCH is retried only with an <c>Idempotency-Key</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy after the change. The contract declares 200 with it; a 2xx without a body gives
    /// <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    /// <exception cref="ArgumentException"><c>Config</c> is set to null or to something other than a JSON object.</exception>
    public virtual Task<OpenAppResponse<PolicyResponse>> UpdateAsync(
        string integrationId,
        string policyId,
        UpdatePolicyRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        Guard.Id(policyId, nameof(policyId));
        PolicyRequestChecks.Update(request, nameof(request));
        var spec = Spec(OpenAppOperations.UpdateIntegrationPolicy, requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("policy_id", policyId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<UpdatePolicyRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.PolicyResponse, cancellationToken);
    }

    /// <summary>
    /// Removes a policy from an integration (<c>DELETE /integrations/{id}/policies/{policy_id}</c>,
    /// <c>delete_integration_policy</c>). The contract declares 204. No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="policyId">The policy id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DeleteAsync(
        string integrationId,
        string policyId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.DeleteIntegrationPolicy, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("policy_id", Guard.Id(policyId, nameof(policyId)));
        return Transport.SendAsync(spec, cancellationToken);
    }

    /// <summary>
    /// The sharing and invitation rules that apply to the caller for an integration once every policy (organization,
    /// integration and device) is combined: curfew windows, sharing mode, limits and requirements
    /// (<c>GET /integrations/{id}/effective-policies</c>, <c>get_integration_effective_policies</c>).
    /// No <c>X-Org</c>: the contract does not declare it here.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The combined rules. The contract declares 200 with them; a 2xx without a body gives
    /// <see cref="OpenAppResponse{T}.HasValue"/> false.</returns>
    public virtual Task<OpenAppResponse<EffectivePoliciesResponse>> GetEffectiveAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetIntegrationEffectivePolicies, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.EffectivePoliciesResponse, cancellationToken);
    }
}
