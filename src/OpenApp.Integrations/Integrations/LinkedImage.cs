using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// Opens an image the API links to (the short-lived URL of a <see cref="ResourceImageUrlResponse"/>) as a stream. The
/// image's host gets no OpenApp credentials and no <c>X-Org</c>; no more than <see cref="IntegrationsClient.MaxImageBytes"/>
/// is read.
/// </summary>
internal static class LinkedImage
{
    /// <summary>
    /// The download of the image <paramref name="located"/> points to, carried by the same response metadata; a
    /// response without a value (204: there is no image) stays one and nothing is downloaded.
    /// </summary>
    /// <exception cref="OpenAppSerializationException">The URL the API answered is not an absolute http or https URL.</exception>
    public static async Task<OpenAppResponse<OpenAppDownload>> OpenAsync(
        OpenAppTransport transport,
        OpenAppResponse<ResourceImageUrlResponse> located,
        string operationName,
        CancellationToken cancellationToken)
    {
        if (!located.HasValue)
        {
            // Keeps the status, headers and correlation id; the map itself only runs on a response with a value.
            return located.Map<OpenAppDownload>(static _ => null!);
        }

        if (!Uri.TryCreate(located.Value.Url, UriKind.Absolute, out var url) ||
            (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            // The URL is not shown: a signed link may carry a token in its query.
            throw new OpenAppSerializationException(
                $"The image URL in the {located.Status} response to OpenApp {operationName} is not an absolute http or https URL.",
                located.Status,
                bodyExcerpt: null,
                innerException: null)
            {
                OperationName = operationName,
                Method = "GET",
                CorrelationId = located.CorrelationId,
            };
        }

        var download = await transport.OpenDownloadAsync(url, IntegrationsClient.MaxImageBytes, cancellationToken).ConfigureAwait(false);
        return located.WithValue(download);
    }
}
