using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApp.Integrations.Testing.Routes;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// Reads a request once, as it arrived: the raw target (so escaping is seen as sent), the query, the body, a
/// multipart file, and the operation its path and method match.
/// </summary>
internal sealed class RequestReader
{
    private const string ApiPrefix = "/api/v1";
    private const int MaxBodyBytes = 32 * 1024 * 1024;

    private readonly RouteTable _routes;

    public RequestReader(RouteTable routes)
    {
        _routes = routes;
    }

    public async Task<FakeExchange> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget))
        {
            rawTarget = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        }

        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var rawQuery = question < 0 ? string.Empty : rawTarget[(question + 1)..];
        var body = await ReadBodyAsync(request, http.RequestAborted).ConfigureAwait(false);
        var file = await ReadFileAsync(request, body, http.RequestAborted).ConfigureAwait(false);

        var segments = SegmentsUnderApiRoot(rawPath);
        var pathExists = false;
        var match = segments is null ? null : _routes.Match(request.Method, segments, out pathExists);
        return new FakeExchange
        {
            Http = http,
            RawPath = rawPath,
            RawQuery = rawQuery,
            Query = ParseQuery(rawQuery),
            Body = body,
            File = file,
            Route = match,
            PathExists = pathExists,
        };
    }

    private static string[]? SegmentsUnderApiRoot(string rawPath)
    {
        if (!rawPath.StartsWith(ApiPrefix + "/", StringComparison.Ordinal))
        {
            return null;
        }

        // Split before unescaping, so an escaped slash stays inside its segment.
        return rawPath[(ApiPrefix.Length + 1)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
    }

    private static List<KeyValuePair<string, string>> ParseQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new KeyValuePair<string, string>(Unescape(name), Unescape(value)));
        }

        return pairs;

        static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    private static async Task<UploadedFile?> ReadFileAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        if (body.Length == 0 || !request.HasFormContentType ||
            request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            var part = form.Files.GetFile("file");
            if (part is null)
            {
                return null;
            }

            using var data = new MemoryStream();
            await part.CopyToAsync(data, cancellationToken).ConfigureAwait(false);
            return new UploadedFile(part.Name, part.FileName, part.ContentType, data.ToArray());
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A malformed multipart body: the route answers 400 for the missing file.
            return null;
        }
    }
}
