using System.Text;

namespace OpenApp.Integrations.Benchmarks.Infrastructure;

/// <summary>
/// What a request put on the wire, for the check that the SDK and the baseline do the same work before anything is
/// measured: method, URI, the headers both must send, and the body.
/// </summary>
public sealed record WireRequest(string Method, string Uri, string Headers, string Body)
{
    /// <summary>Headers both sides must send identically. The SDK also sends X-Correlation-Id (its own feature).</summary>
    private static readonly string[] s_compared = { "X-Org", "X-API-Key", "User-Agent", "Accept", "Content-Type" };

    public static async Task<WireRequest> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new StringBuilder();
        foreach (var name in s_compared)
        {
            var values = request.Headers.TryGetValues(name, out var found)
                ? found
                : request.Content?.Headers.TryGetValues(name, out var contentValues) == true ? contentValues : null;
            headers.Append(name).Append(": ").Append(values is null ? "(none)" : string.Join(", ", values)).Append('\n');
        }

        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new WireRequest(request.Method.Method, request.RequestUri!.AbsoluteUri, headers.ToString(), body);
    }

    /// <summary>
    /// Runs the SDK side and the baseline side once each and throws unless they sent the same requests, in the same
    /// order, and got through the same number of results.
    /// </summary>
    public static async Task AssertSameAsync(CannedHandler handler, Func<Task<int>> sdk, Func<Task<int>> baseline)
    {
        try
        {
            var sdkRequests = handler.Recorded = new List<WireRequest>();
            var sdkCount = await sdk().ConfigureAwait(false);
            var baselineRequests = handler.Recorded = new List<WireRequest>();
            var baselineCount = await baseline().ConfigureAwait(false);
            if (sdkRequests.Count == 0 || !sdkRequests.SequenceEqual(baselineRequests) || sdkCount != baselineCount)
            {
                throw new InvalidOperationException(
                    "The SDK and the baseline do not do the same wire work, so comparing them would be meaningless.\n" +
                    $"SDK ({sdkRequests.Count} requests, {sdkCount} results):\n{string.Join("\n", sdkRequests.Take(2))}\n" +
                    $"Baseline ({baselineRequests.Count} requests, {baselineCount} results):\n{string.Join("\n", baselineRequests.Take(2))}");
            }
        }
        finally
        {
            handler.Recorded = null;
        }
    }
}
