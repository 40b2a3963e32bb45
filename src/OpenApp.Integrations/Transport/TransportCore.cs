using System.Net;
using OpenApp.Integrations.Authentication;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Resilience;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// What every transport of one client family shares: the HTTP client, credential, API root, User-Agent, limits,
/// timeouts, retry policy and telemetry. Fixed when the client is built; scoped clients for other organizations
/// reuse it.
/// </summary>
internal sealed class TransportCore : IDisposable
{
    // One handler for every client built without an HttpClient of its own: pooled connections recycled so DNS changes
    // are picked up, and no socket exhaustion from clients created per call.
    private static readonly Lazy<HttpMessageHandler> s_sharedHandler = new(CreateHandler);

    private readonly bool _ownsHttpClient;

    public TransportCore(
        HttpClient? httpClient,
        OpenAppCredential credential,
        Uri apiRoot,
        string userAgent,
        OpenAppRetryOptions retry,
        TimeProvider timeProvider,
        long maxResponseBodyBytes,
        SecretScrubber scrubber,
        TransportDiagnostics diagnostics)
    {
        Credential = credential;
        ApiRoot = apiRoot;
        ApiRootText = apiRoot.AbsoluteUri.TrimEnd('/');
        UserAgent = userAgent;
        TimeProvider = timeProvider;
        Timeouts = new CallTimeouts(retry.AttemptTimeout, retry.OverallTimeout, timeProvider);
        Retry = new RetryPolicy(retry);
        MaxResponseBodyBytes = maxResponseBodyBytes;
        Scrubber = scrubber;
        Diagnostics = diagnostics;
        if (httpClient is null)
        {
            httpClient = new HttpClient(s_sharedHandler.Value, disposeHandler: false);
            _ownsHttpClient = true;
        }

        // The SDK owns timeouts (per attempt and overall); HttpClient's own would cut across them.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
        HttpClient = httpClient;
    }

    public HttpClient HttpClient { get; }

    public OpenAppCredential Credential { get; }

    /// <summary>The API root, e.g. <c>https://openapp.house/api/v1</c>.</summary>
    public Uri ApiRoot { get; }

    /// <summary>The API root's text without a trailing slash: every request URI starts with it.</summary>
    public string ApiRootText { get; }

    public string UserAgent { get; }

    public TimeProvider TimeProvider { get; }

    public CallTimeouts Timeouts { get; }

    public RetryPolicy Retry { get; }

    /// <summary>The most bytes of a success body the SDK reads (<see cref="OpenAppClientOptions.MaxResponseBodyBytes"/>).</summary>
    public long MaxResponseBodyBytes { get; }

    public SecretScrubber Scrubber { get; }

    public TransportDiagnostics Diagnostics { get; }

    /// <summary>
    /// The handler the SDK gives every HTTP client it creates (standalone and through DI). Redirects are off: .NET
    /// strips only <c>Authorization</c> when it follows one, so <c>X-API-Key</c> and <c>X-Org</c> would reach
    /// whatever host a 3xx names; the SDK reports a 3xx as an answer instead.
    /// </summary>
#if NET
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
    };
#else
    // netstandard2.0 has no SocketsHttpHandler (.NET Framework has none at all): HttpClientHandler, with the same
    // redirect rule. Connection lifetime is the ServicePointManager's on .NET Framework; on .NET Core this handler
    // wraps a SocketsHttpHandler with its defaults.
    public static HttpMessageHandler CreateHandler() => new HttpClientHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = SupportedDecompression,
    };

    // Every encoding the runtime decodes, as DecompressionMethods.All is on .NET: gzip and deflate on .NET Framework,
    // Brotli too where the runtime's enum names it (.NET Core 3.0+ running this build).
    private static readonly DecompressionMethods SupportedDecompression =
        DecompressionMethods.GZip | DecompressionMethods.Deflate |
        (Enum.TryParse<DecompressionMethods>("Brotli", out var brotli) ? brotli : DecompressionMethods.None);
#endif

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            HttpClient.Dispose();
        }
    }
}
