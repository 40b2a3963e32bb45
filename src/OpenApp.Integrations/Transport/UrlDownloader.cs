using System.Net;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// Downloads a file from a URL that is not the OpenApp API (an image to upload): never with OpenApp credentials or
/// <c>X-Org</c>, over http or https only, following at most <see cref="MaxRedirects"/> redirects itself (each checked
/// again), bounded by the client's attempt and overall timeouts, the caller's token and a size limit. Every failure
/// is an <see cref="OpenAppTransportException"/>; the caller's cancellation stays a cancellation.
/// </summary>
internal static class UrlDownloader
{
    /// <summary>The most redirects a download follows.</summary>
    public const int MaxRedirects = 3;

    /// <summary>Reads the whole file at <paramref name="url"/> into memory, at most <paramref name="maxBytes"/> bytes.</summary>
    /// <returns>The bytes and the media type the server declared, if any.</returns>
    public static async Task<(byte[] Data, string? ContentType)> ReadAllAsync(
        TransportCore core, Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        var where = Describe(url);
        using var timer = core.Timeouts.StartAttempt(core.Timeouts.StartCall(), cancellationToken);
        try
        {
            using var response = await GetFollowingRedirectsAsync(core, url, timer.Token).ConfigureAwait(false);
            var read = await ResponseBodyReader.ReadAsync(response.Content, maxBytes, isCapOnly: false, timer.Token).ConfigureAwait(false);
            if (read.TooLarge)
            {
                throw new OpenAppResponseTooLargeException(
                    $"The file at {where} is larger than {maxBytes} bytes; the SDK stopped reading it.", maxBytes, read.DeclaredLength);
            }

            try
            {
                return (read.Body.Span.ToArray(), response.Content.Headers.ContentType?.MediaType);
            }
            finally
            {
                read.Body.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OpenAppException)
        {
            var what = timer.HasFired ? "timed out" : "failed";
            throw new OpenAppTransportException($"Downloading the file at {where} {what}: {ex.Message}", timer.HasFired ? timer.Timeout(ex) : ex);
        }
    }

    /// <summary>
    /// Opens the file at <paramref name="url"/> for reading as a stream: the request and the response head are bounded
    /// by the client's timeouts and the caller's token; the body is read as the caller reads it, never more than
    /// <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<OpenAppDownload> OpenAsync(TransportCore core, Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        var where = Describe(url);
        using var timer = core.Timeouts.StartAttempt(core.Timeouts.StartCall(), cancellationToken);
        HttpResponseMessage? response = null;
        try
        {
            response = await GetFollowingRedirectsAsync(core, url, timer.Token).ConfigureAwait(false);
            var declared = response.Content.Headers.ContentLength;
            if (declared > maxBytes)
            {
                throw new OpenAppResponseTooLargeException(
                    $"The file at {where} is larger than {maxBytes} bytes; the SDK did not start reading it.", maxBytes, declared);
            }

            // The body is read later, under the caller's tokens: the attempt timer ends with this method.
            var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
            return new OpenAppDownload(response, new DownloadStream(stream, maxBytes, where), response.Content.Headers.ContentType?.MediaType, declared);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw;
        }
        catch (OpenAppException)
        {
            response?.Dispose();
            throw;
        }
        catch (Exception ex)
        {
            response?.Dispose();
            var what = timer.HasFired ? "timed out" : "failed";
            throw new OpenAppTransportException($"Downloading the file at {where} {what}: {ex.Message}", timer.HasFired ? timer.Timeout(ex) : ex);
        }
    }

    private static async Task<HttpResponseMessage> GetFollowingRedirectsAsync(TransportCore core, Uri url, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            CheckScheme(url);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", core.UserAgent);
            var response = await core.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                response.Dispose();
                if (hop == MaxRedirects)
                {
                    throw new OpenAppTransportException($"Downloading the file at {Describe(url)} failed: more than {MaxRedirects} redirects.", null);
                }

                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                response.Dispose();
                throw new OpenAppTransportException($"Downloading the file at {Describe(url)} failed with status {status}.", null);
            }

            return response;
        }
    }

    private static void CheckScheme(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new OpenAppTransportException($"Downloading the file failed: a redirect led to a {url.Scheme} URL; only http and https are followed.", null);
        }
    }

    // PermanentRedirect is compared rather than matched: on netstandard2.0 it is a polyfill, not a constant.
    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect
        || status == HttpStatusCode.PermanentRedirect;

    // Scheme, host and path: a query may carry a signed token.
    private static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);
}
