using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations;

// The photo of an invite (the guest's picture that policy may require): upload, read, download, remove.
public partial class AccessInvitesClient
{
    /// <summary>
    /// A short-lived URL to the photo of an invite (<c>get_access_invite_photo</c>). The contract answers 200 with the
    /// URL, or 204 when the invite has no photo: the call then succeeds with <see cref="OpenAppResponse{T}.HasValue"/>
    /// false.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> GetPhotoAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetAccessInvitePhoto, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ResourceImageUrlResponse, cancellationToken);
    }

    /// <summary>
    /// Opens the photo of an invite as a stream: asks for its URL with <see cref="GetPhotoAsync"/>, then downloads it
    /// from there (no OpenApp credentials go to that host; at most <see cref="IntegrationsClient.MaxImageBytes"/> are
    /// read). When the invite has no photo (204) nothing is downloaded and <see cref="OpenAppResponse{T}.HasValue"/> is
    /// false.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options for the URL request.</param>
    /// <param name="cancellationToken">Cancels the URL request and opening the download.</param>
    /// <returns>The download (dispose it) with its content type, carried by the URL request's response.</returns>
    /// <exception cref="OpenAppTransportException">The download failed (status, network, timeout, too large).</exception>
    public virtual async Task<OpenAppResponse<OpenAppDownload>> OpenPhotoAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var located = await GetPhotoAsync(integrationId, inviteId, requestOptions, cancellationToken).ConfigureAwait(false);
        return await LinkedImage.OpenAsync(Transport, located, OpenAppOperations.GetAccessInvitePhoto.OperationId, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads the photo of an invite, replacing any earlier one (<c>post_access_invite_photo</c>), as multipart part
    /// <c>file</c>. JPEG, PNG and WebP are accepted; the type is checked from the bytes before anything is sent.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="image">The image bytes.</param>
    /// <param name="fileName">The file name sent with the part, e.g. <c>guest.jpg</c>.</param>
    /// <param name="contentType">The media type; null takes it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A short-lived URL to the uploaded photo.</returns>
    /// <exception cref="ArgumentException">The bytes are not a JPEG, PNG or WebP image, or do not match <paramref name="contentType"/>.</exception>
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> UploadPhotoAsync(
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
        var spec = Spec(OpenAppOperations.PostAccessInvitePhoto, requestOptions)
            .SetPathParameter("id", integrationId)
            .SetPathParameter("invite_link_id", inviteId);
        spec.Body = body;
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ResourceImageUrlResponse, cancellationToken);
    }

    /// <summary>Uploads the photo of an invite from a stream (read to its end first, then checked and sent like the bytes).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="image">The image stream.</param>
    /// <param name="fileName">The file name sent with the part.</param>
    /// <param name="contentType">The media type; null takes it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels reading the stream and the call.</param>
    /// <returns>A short-lived URL to the uploaded photo.</returns>
    public virtual async Task<OpenAppResponse<ResourceImageUrlResponse>> UploadPhotoAsync(
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
        return await UploadPhotoAsync(integrationId, inviteId, bytes, fileName, contentType, requestOptions, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Removes the photo of an invite (<c>delete_access_invite_photo</c>; the contract answers 204).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="inviteId">The invite link id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DeletePhotoAsync(
        string integrationId,
        string inviteId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.DeleteAccessInvitePhoto, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("invite_link_id", Guard.Id(inviteId, nameof(inviteId)));
        return Transport.SendAsync(spec, cancellationToken);
    }
}
