using System.Net;

namespace OpenApp.Integrations.Benchmarks.Infrastructure;

/// <summary>
/// The in-memory server both sides of every benchmark talk to: it answers from canned bytes (a fresh content per
/// response over a shared array, as a real handler would hand out a fresh stream), so what is measured is the
/// client's own work. Routing looks at the request's original URI text only, identically for both sides.
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    /// <summary>When set, every request is recorded here (for the wire check before measuring).</summary>
    public List<WireRequest>? Recorded { get; set; }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Answer(request);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Recorded is { } recorded)
        {
            recorded.Add(await WireRequest.CaptureAsync(request, cancellationToken).ConfigureAwait(false));
        }

        return Answer(request);
    }

    /// <summary>The body for a request: the route is told apart by the method and the path's last segment.</summary>
    public static byte[] BodyFor(HttpMethod method, ReadOnlySpan<char> uri)
    {
        var query = uri.IndexOf('?');
        var path = query < 0 ? uri : uri[..query];
        if (path.EndsWith("/entities", StringComparison.Ordinal))
        {
            return Payloads.EntityPages[PageNumber(query < 0 ? default : uri[(query + 1)..])];
        }

        if (path.EndsWith("/integrations", StringComparison.Ordinal))
        {
            return method == HttpMethod.Post ? Payloads.Integration : Payloads.IntegrationPage;
        }

        return Payloads.Integration;
    }

    private static HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var body = BodyFor(request.Method, request.RequestUri!.OriginalString);
        var content = new ByteArrayContent(body);

        // Unparsed, as SocketsHttpHandler leaves the headers it received.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    // offset=N in the query picks the page; no offset (or one past the end) serves the first page.
    private static int PageNumber(ReadOnlySpan<char> query)
    {
        var at = query.IndexOf("offset=", StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var digits = query[(at + "offset=".Length)..];
        var end = digits.IndexOf('&');
        var offset = int.Parse(end < 0 ? digits : digits[..end], provider: System.Globalization.CultureInfo.InvariantCulture);
        var page = offset / Payloads.EntityPageSize;
        return page < Payloads.EntityPages.Length ? page : 0;
    }
}
