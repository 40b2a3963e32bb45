using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations;

// Images in the body of an invitation message: upload one into a slot, read or download a slot.
public partial class AccessInvitesClient
{
    /// <summary>
    /// Uploads an image for the body of an invitation message (<c>post_access_invite_message_media</c>), as multipart
    /// part <c>file</c>. JPEG, PNG and WebP are accepted; the type is checked from the bytes before anything is sent.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="image">The image bytes.</param>
    /// <param name="fileName">The file name sent with the part, e.g. <c>map.png</c>.</param>
    /// <param name="contentType">The media type; null takes it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The slot the server stored the image in (<see cref="GetMessageMediaAsync"/> takes it) and a short-lived URL to it.</returns>
    /// <exception cref="ArgumentException">The bytes are not a JPEG, PNG or WebP image, or do not match <paramref name="contentType"/>.</exception>
    public virtual Task<OpenAppResponse<AccessInviteMessageMediaResponse>> UploadMessageMediaAsync(
        string integrationId,
        string inviteId,
        ReadOnlyMemory<byte> image,
        string fileName,
        string? contentType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        Guard.Id(inviteId, nameof(inviteId));
        var body = ImageUpload.Body(image, fileName, contentType);
        var spec = Spec(OpenAppOperations.PostAccessInviteMessageMedia, requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("invite_link_id", inviteId);
        spec.Body = body;
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.AccessInviteMessageMediaResponse, cancellationToken);
    }

    /// <summary>Uploads an image for the body of an invitation message from a stream (read to its end first, then checked and sent like the bytes).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="image">The image stream.</param>
    /// <param name="fileName">The file name sent with the part.</param>
    /// <param name="contentType">The media type; null takes it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels reading the stream and the call.</param>
    /// <returns>The slot the server stored the image in and a short-lived URL to it.</returns>
    public virtual async Task<OpenAppResponse<AccessInviteMessageMediaResponse>> UploadMessageMediaAsync(
        string integrationId,
        string inviteId,
        Stream image,
        string fileName,
        string? contentType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        Guard.Id(inviteId, nameof(inviteId));
        ArgumentNullException.ThrowIfNull(image);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var bytes = await ImageUpload.ReadAllAsync(image, cancellationToken).ConfigureAwait(false);
        return await UploadMessageMediaAsync(integrationId, inviteId, bytes, fileName, contentType, requestOptions, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// A short-lived URL to the image in one slot of an invitation message (<c>get_access_invite_message_media</c>).
    /// The contract answers 200 with the URL, or 204 when the slot is empty: the call then succeeds with
    /// <see cref="OpenAppResponse{T}.HasValue"/> false.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="slot">The slot, as <see cref="AccessInviteMessageMediaResponse.Slot"/> named it.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> GetMessageMediaAsync(
        string integrationId,
        string inviteId,
        string slot,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetAccessInviteMessageMedia, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)))
            .SetPathParameter("slot", Guard.Id(slot, nameof(slot)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ResourceImageUrlResponse, cancellationToken);
    }

    /// <summary>
    /// Opens the image in one slot of an invitation message as a stream: asks for its URL with
    /// <see cref="GetMessageMediaAsync"/>, then downloads it from there (no OpenApp credentials go to that host; at most
    /// <see cref="IntegrationsClient.MaxImageBytes"/> are read). When the slot is empty (204) nothing is downloaded and
    /// <see cref="OpenAppResponse{T}.HasValue"/> is false.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="slot">The slot, as <see cref="AccessInviteMessageMediaResponse.Slot"/> named it.</param>
    /// <param name="requestOptions">Per-call options for the URL request.</param>
    /// <param name="cancellationToken">Cancels the URL request and opening the download.</param>
    /// <returns>The download (dispose it) with its content type, carried by the URL request's response.</returns>
    /// <exception cref="OpenAppTransportException">The download failed (status, network, timeout, too large).</exception>
    public virtual async Task<OpenAppResponse<OpenAppDownload>> OpenMessageMediaAsync(
        string integrationId,
        string inviteId,
        string slot,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var located = await GetMessageMediaAsync(integrationId, inviteId, slot, requestOptions, cancellationToken).ConfigureAwait(false);
        return await LinkedImage.OpenAsync(Transport, located, OpenAppOperations.GetAccessInviteMessageMedia.OperationId, cancellationToken)
            .ConfigureAwait(false);
    }
}
