using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

// Moving or copying an integration to another organization: the preview first, then the transfer itself.
public partial class IntegrationsClient
{
    /// <summary>
    /// What transferring an integration to another organization would touch and warn about, without transferring
    /// (<c>GET /integrations/{id}/transfer-preview</c>, <c>get_integration_transfer_preview</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="mode"><see cref="TransferModeDto.Move"/> or <see cref="TransferModeDto.Duplicate"/> (<c>mode</c>); null
    /// leaves the key out and the server previews a move.</param>
    /// <param name="requestOptions">Per-call options; the organization is the one the integration is in now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The counts of what would move or be copied, the warnings to show, notes, and whether
    /// <see cref="TransferAsync"/> needs <c>Confirm = true</c> (<see cref="TransferPreviewResponse.RequiresConfirmation"/>).
    /// </returns>
    /// <exception cref="ArgumentException">The id is blank, or <paramref name="mode"/> is an empty value.</exception>
    public virtual Task<OpenAppResponse<TransferPreviewResponse>> GetTransferPreviewAsync(
        string id,
        TransferModeDto? mode = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        if (mode is { Value.Length: 0 })
        {
            throw new ArgumentException("The transfer mode is empty; use TransferModeDto.Move, TransferModeDto.Duplicate or null.", nameof(mode));
        }

        var spec = Spec(OpenAppOperations.GetIntegrationTransferPreview, requestOptions)
            .SetPathParameter("id", id)
            .AddQuery("mode", mode?.Value);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.TransferPreviewResponse, cancellationToken);
    }

    /// <summary>
    /// Moves an integration, and what depends on it, to another organization, or copies it there
    /// (<c>POST /integrations/{id}/transfer</c>, <c>post_integration_transfer</c>).
    /// </summary>
    /// <param name="id">The integration id.</param>
    /// <param name="request">
    /// The target organization (<c>TargetOrgId</c>, not the one the integration is in), the mode (left out: the
    /// server moves) and <c>Confirm</c>. Ask <see cref="GetTransferPreviewAsync"/> first: when it reports
    /// <see cref="TransferPreviewResponse.RequiresConfirmation"/>, show its warnings and send <c>Confirm = true</c>;
    /// without it the server refuses with 409 <c>confirmation_required</c> (the confirmation is this body flag, not the
    /// <c>X-OpenApp-Confirm</c> header of other operations).
    /// </param>
    /// <param name="requestOptions">Per-call options; the organization (<c>X-Org</c>) is the one the integration is in now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The integration after the transfer (after a duplicate: the copy, with its new id, in the target organization)
    /// with the mode, both organizations, the counts of what was touched and the warnings that applied.
    /// </returns>
    /// <exception cref="ArgumentException">The id or <c>TargetOrgId</c> is blank, or <c>TargetOrgId</c> is the call's own organization.</exception>
    /// <exception cref="OpenAppConflictException">409 <c>confirmation_required</c>: the preview has warnings and <c>Confirm</c> was not true.</exception>
    /// <exception cref="OpenAppRateLimitException">429 <c>quota_exceeded</c>: the target organization has no room for what would arrive.</exception>
    /// <remarks>
    /// The contract declares no <c>Idempotency-Key</c> here, so the SDK never retries this POST (a move that happened
    /// but whose answer was lost must not run again). Pass <see cref="OpenAppRequestOptions.IdempotencyKey"/> only if
    /// your server honours it.
    /// </remarks>
    public virtual Task<OpenAppResponse<TransferIntegrationResponse>> TransferAsync(
        string id,
        TransferIntegrationRequest request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        Guard.Id(request.TargetOrgId, nameof(request) + "." + nameof(request.TargetOrgId));
        if (request.Mode is { Value.Length: 0 })
        {
            throw new ArgumentException("TransferIntegrationRequest.Mode is empty; use TransferModeDto.Move, TransferModeDto.Duplicate or leave it unset.", nameof(request));
        }

        var spec = Spec(OpenAppOperations.PostIntegrationTransfer, requestOptions)
            .SetPathParameter("id", id);
        if (string.Equals(request.TargetOrgId, spec.OrganizationId ?? Transport.OrganizationId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"TransferIntegrationRequest.TargetOrgId is the organization the call is made in ({request.TargetOrgId}); name another organization.",
                nameof(request));
        }

        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<TransferIntegrationRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.TransferIntegrationResponse, cancellationToken);
    }
}
