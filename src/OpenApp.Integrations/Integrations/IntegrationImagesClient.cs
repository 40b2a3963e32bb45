using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The picture of an integration (<c>/integrations/{id}/image</c>): upload, read its URL, download it, copy it from
/// another integration, remove it.
/// </summary>
/// <remarks>
/// The contract declares no <c>X-Org</c> on these routes (tag Media), so none is sent: the server finds the
/// integration from the caller's credentials. The image itself is served from the short-lived URL the API answers
/// with, fetched without OpenApp credentials.
/// </remarks>
public partial class IntegrationImagesClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected IntegrationImagesClient()
    {
    }

    internal IntegrationImagesClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>
    /// Uploads the integration's picture (<c>POST /integrations/{id}/image</c>, <c>post_integration_image</c>) as
    /// multipart part <c>file</c>, replacing the one it had. JPEG, PNG and WebP are accepted; the bytes are checked
    /// before sending.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="image">The image bytes.</param>
    /// <param name="fileName">The file name sent with the part, e.g. <c>lobby.png</c>.</param>
    /// <param name="contentType">The media type; null detects it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A short-lived URL to the uploaded picture (200).</returns>
    /// <exception cref="ArgumentException">The bytes are not a JPEG, PNG or WebP image, or do not match <paramref name="contentType"/>.</exception>
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> UploadAsync(
        string integrationId,
        ReadOnlyMemory<byte> image,
        string fileName,
        string? contentType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (fileName.AsSpan().IndexOfAny('\r', '\n', '"') >= 0)
        {
            throw new ArgumentException("The file name must not contain CR, LF or quotes.", nameof(fileName));
        }

        var detected = ImageContentType.FromMagicBytes(image.Span) ?? throw new ArgumentException(
            "The image is not a JPEG, PNG or WebP file (checked from its first bytes).", nameof(image));
        if (contentType is not null)
        {
            var declared = ImageContentType.Normalize(contentType) ?? throw new ArgumentException(
                $"The content type '{contentType}' is not accepted; use image/jpeg, image/png or image/webp.", nameof(contentType));
            if (!string.Equals(declared, detected, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The content type '{contentType}' does not match the image bytes ({detected}).", nameof(contentType));
            }
        }

        var spec = Spec(OpenAppOperations.PostIntegrationImage, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = new MultipartFileBody("file", fileName, detected, image);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ResourceImageUrlResponse, cancellationToken);
    }

    /// <summary>
    /// Uploads the integration's picture from a stream (<c>post_integration_image</c>); the stream is read to the end
    /// first, so a retry can send it again.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="image">The image stream.</param>
    /// <param name="fileName">The file name sent with the part.</param>
    /// <param name="contentType">The media type; null detects it from the bytes.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A short-lived URL to the uploaded picture (200).</returns>
    public virtual async Task<OpenAppResponse<ResourceImageUrlResponse>> UploadAsync(
        string integrationId,
        Stream image,
        string fileName,
        string? contentType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(image);
        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return await UploadAsync(integrationId, buffer.ToArray(), fileName, contentType, requestOptions, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads an image over http or https (no OpenApp credentials are sent there) and uploads it
    /// (<c>post_integration_image</c>). The type comes from the download's Content-Type, else the URL's extension,
    /// else the first bytes; at most <see cref="IntegrationsClient.MaxImageBytes"/> are read.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="imageUrl">An absolute http or https URL.</param>
    /// <param name="requestOptions">Per-call options for the upload.</param>
    /// <param name="cancellationToken">Cancels the download and the upload.</param>
    /// <returns>A short-lived URL to the uploaded picture (200).</returns>
    public virtual async Task<OpenAppResponse<ResourceImageUrlResponse>> UploadFromUrlAsync(
        string integrationId,
        Uri imageUrl,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(imageUrl);
        if (!imageUrl.IsAbsoluteUri || (imageUrl.Scheme != Uri.UriSchemeHttp && imageUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The image URL must be an absolute http or https URL.", nameof(imageUrl));
        }

        var (data, served) = await Transport.DownloadAsync(imageUrl, IntegrationsClient.MaxImageBytes, cancellationToken).ConfigureAwait(false);
        var contentType = ImageContentType.Normalize(served)
            ?? ImageContentType.FromExtension(imageUrl.AbsolutePath)
            ?? ImageContentType.FromMagicBytes(data)
            ?? throw new ArgumentException("The downloaded file is not a JPEG, PNG or WebP image.", nameof(imageUrl));
        var fileName = Path.GetFileName(imageUrl.AbsolutePath);
        if (string.IsNullOrWhiteSpace(fileName) || ImageContentType.FromExtension(fileName) is null)
        {
            fileName = "image" + contentType switch
            {
                ImageContentType.Png => ".png",
                ImageContentType.Webp => ".webp",
                _ => ".jpg",
            };
        }

        return await UploadAsync(integrationId, data, fileName, contentType, requestOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A short-lived URL to the integration's picture (<c>GET /integrations/{id}/image</c>, <c>get_integration_image</c>).
    /// The contract declares 200 with the URL, and 204 when the integration has no picture: the call then succeeds
    /// with <see cref="OpenAppResponse{T}.HasValue"/> false.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL and how long it works; no value when there is no picture.</returns>
    /// <exception cref="OpenAppNotFoundException">The integration does not exist (404).</exception>
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> GetAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.GetIntegrationImage, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ResourceImageUrlResponse, cancellationToken);
    }

    /// <summary>
    /// Opens the integration's picture as a stream: asks for its URL with <see cref="GetAsync"/>
    /// (<c>get_integration_image</c>), then fetches the file from there without OpenApp credentials or <c>X-Org</c>.
    /// Nothing is buffered whole; at most <see cref="IntegrationsClient.MaxImageBytes"/> are read.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options for the URL look-up.</param>
    /// <param name="cancellationToken">Cancels the look-up and opening the file; reads of the stream take their own token.</param>
    /// <returns>
    /// The open download (dispose it), with the status and headers of the look-up; no value when the integration has no
    /// picture (the look-up answered 204).
    /// </returns>
    /// <exception cref="OpenAppNotFoundException">The integration does not exist (404).</exception>
    /// <exception cref="OpenAppTransportException">The file could not be fetched from the URL (or the URL is not http or https).</exception>
    /// <remarks>The look-up goes through <see cref="GetAsync"/>, so a mock of that method also drives this one.</remarks>
    public virtual async Task<OpenAppResponse<OpenAppDownload>> DownloadAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        var image = await GetAsync(integrationId, requestOptions, cancellationToken).ConfigureAwait(false);
        if (!image.HasValue)
        {
            // 204: no picture, so nothing to open. The look-up's status and headers go back without a value.
            return image.Map<OpenAppDownload>(static _ => throw new InvalidOperationException("A response without a value is never mapped."));
        }

        // A relative URL is taken as one on the API's host; an absolute one (a CDN) is used as it is.
        if (!Uri.TryCreate(Transport.ApiRoot, image.Value.Url, out var url))
        {
            throw new OpenAppTransportException("The image URL the server answered is not a valid URL.", null);
        }

        var download = await Transport.OpenDownloadAsync(url, IntegrationsClient.MaxImageBytes, cancellationToken).ConfigureAwait(false);
        return image.WithValue(download);
    }

    /// <summary>
    /// Copies the picture of another integration to this one, replacing the one it had
    /// (<c>POST /integrations/{id}/image/copy-from</c>, <c>post_integration_image_copy_from</c>).
    /// </summary>
    /// <param name="integrationId">The integration that gets the picture.</param>
    /// <param name="sourceIntegrationId">The integration whose picture is copied.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A short-lived URL to the copied picture (200).</returns>
    /// <exception cref="ArgumentException">An id is blank, or both name the same integration.</exception>
    /// <exception cref="OpenAppNotFoundException">Either integration does not exist, or the source has no picture (404).</exception>
    public virtual Task<OpenAppResponse<ResourceImageUrlResponse>> CopyFromAsync(
        string integrationId,
        string sourceIntegrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        Guard.Id(sourceIntegrationId, nameof(sourceIntegrationId));
        if (string.Equals(integrationId, sourceIntegrationId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The source integration is the integration itself; there is nothing to copy.", nameof(sourceIntegrationId));
        }

        var spec = Spec(OpenAppOperations.PostIntegrationImageCopyFrom, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(
            new CopyIntegrationImageRequest { SourceIntegrationId = sourceIntegrationId },
            OpenAppJson.TypeInfo<CopyIntegrationImageRequest>());
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.ResourceImageUrlResponse, cancellationToken);
    }

    /// <summary>
    /// Removes the integration's picture (<c>DELETE /integrations/{id}/image</c>, <c>delete_integration_image</c>).
    /// The contract declares 204, also when there was none.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (204) and headers.</returns>
    public virtual Task<OpenAppResponse> DeleteAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.DeleteIntegrationImage, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, cancellationToken);
    }
}
