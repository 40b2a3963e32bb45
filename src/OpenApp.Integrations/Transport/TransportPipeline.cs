using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Resilience;
using Polly;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// What every transport of one client family shares: the HTTP client, credential, API root, User-Agent and the
/// resilience pipeline. Scoped clients for other organizations reuse it.
/// </summary>
internal sealed class TransportPipeline : IDisposable
{
    // One handler for every client built without IHttpClientFactory: pooled connections that are recycled so DNS
    // changes are picked up, and no socket exhaustion from clients created per call.
    private static readonly Lazy<SocketsHttpHandler> s_sharedHandler = new(() => new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    });

    private readonly bool _ownsHttpClient;

    public TransportPipeline(OpenAppClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        Credential = ResolveCredential(options);
        ApiRoot = ResolveApiRoot(options, Credential);
        ApiRootText = ApiRoot.AbsoluteUri.TrimEnd('/');
        UserAgent = string.IsNullOrWhiteSpace(options.UserAgentSuffix)
            ? SdkInfo.UserAgent
            : SdkInfo.UserAgent + " " + Checked(options.UserAgentSuffix, nameof(options.UserAgentSuffix));
        TimeProvider = options.TimeProvider ?? TimeProvider.System;
        var retry = (options.Retry ?? new OpenAppRetryOptions()).Clone();
        retry.Validate();
        Timeouts = new CallTimeouts(retry.AttemptTimeout, retry.OverallTimeout, TimeProvider);
        Resilience = OpenAppResilience.Create(retry, Timeouts);

        // Logging, spans and metrics (Diagnostics/): fixed here like every other setting.
        Diagnostics = new TransportDiagnostics(options, TimeProvider, ApiRoot);

        if (httpClient is null)
        {
            httpClient = new HttpClient(s_sharedHandler.Value, disposeHandler: false);
            _ownsHttpClient = true;
        }

        // The resilience pipeline owns timeouts (per attempt and overall); HttpClient's own would cut across it.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
        HttpClient = httpClient;
    }

    public HttpClient HttpClient { get; }

    public OpenAppCredential Credential { get; }

    public Uri ApiRoot { get; }

    public string ApiRootText { get; }

    public string UserAgent { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The retries (a Polly pipeline, empty when retries are off).</summary>
    public ResiliencePipeline<HttpResponseMessage> Resilience { get; }

    /// <summary>The attempt and overall timeouts, one timer per attempt.</summary>
    public CallTimeouts Timeouts { get; }

    public TransportDiagnostics Diagnostics { get; }

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            HttpClient.Dispose();
        }
    }

    private static string Checked(string value, string name)
    {
        HeaderValueGuard.ThrowIfInvalid(value, name);
        return value;
    }

    private static OpenAppCredential ResolveCredential(OpenAppClientOptions options)
    {
        if (options.Credential is not null)
        {
            return options.Credential;
        }

        if (options.ApiKey is null)
        {
            throw new ArgumentException(
                "OpenAppClientOptions needs an ApiKey ('{origin}_openapp_{secret}') or a Credential.", nameof(options));
        }

        return OpenAppCredential.FromApiKey(options.ApiKey, options.ApiKeyHeader);
    }

    private static Uri ResolveApiRoot(OpenAppClientOptions options, OpenAppCredential credential)
    {
        if (options.BaseUrl is { } baseUrl)
        {
            if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException(
                    "OpenAppClientOptions.BaseUrl must be an absolute http or https URL such as 'https://openapp.house/api/v1'.",
                    nameof(options));
            }

            if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
            {
                throw new ArgumentException("OpenAppClientOptions.BaseUrl must not have a query or fragment.", nameof(options));
            }

            return baseUrl;
        }

        return credential.ApiRoot ?? throw new ArgumentException(
            "OpenAppClientOptions.BaseUrl is required when the credential is not an API key (the key names its server).",
            nameof(options));
    }
}
