using System.Net;
using OpenApp.Integrations.Authentication;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// Turns <see cref="OpenAppClientOptions"/> into the transport's fixed settings, checking every one of them first:
/// the credential, the API root (and that it is not plain <c>http://</c> to another machine unless allowed), the
/// User-Agent, limits, retries, timeouts and logging. Nothing is sent before all of it is valid.
/// </summary>
internal static class ClientSetup
{
    /// <summary>The smallest <see cref="OpenAppClientOptions.MaxResponseBodyBytes"/> accepted: no OpenApp answer fits in less.</summary>
    public const long MinResponseBodyLimit = 1024;

    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it and never shows the key.</exception>
    public static TransportCore CreateCore(OpenAppClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credential = ResolveCredential(options);
        var apiRoot = ResolveApiRoot(options, credential);
        var userAgent = string.IsNullOrWhiteSpace(options.UserAgentSuffix)
            ? SdkInfo.UserAgent
            : SdkInfo.UserAgent + " " + Checked(options.UserAgentSuffix, nameof(options.UserAgentSuffix));
        if (options.MaxResponseBodyBytes < MinResponseBodyLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.MaxResponseBodyBytes, $"OpenAppClientOptions.MaxResponseBodyBytes must be at least {MinResponseBodyLimit} bytes.");
        }

        var retry = (options.Retry ?? new OpenAppRetryOptions()).Clone();
        retry.Validate();
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var scrubber = new SecretScrubber(options.Credential is null ? options.ApiKey : null);
        var diagnostics = new TransportDiagnostics(options.Logging, options.LoggerFactory, options.MeterFactory, timeProvider, apiRoot, scrubber);
        return new TransportCore(httpClient, credential, apiRoot, userAgent, retry, timeProvider, options.MaxResponseBodyBytes, scrubber, diagnostics);
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
        Uri root;
        string source;
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

            if (baseUrl.UserInfo.Length > 0)
            {
                throw new ArgumentException("OpenAppClientOptions.BaseUrl must not carry a user name or password.", nameof(options));
            }

            if (!HeaderValueGuard.IsPrintableAscii(baseUrl.GetLeftPart(UriPartial.Authority)) && !HeaderValueGuard.IsPrintableAscii(baseUrl.IdnHost))
            {
                throw new ArgumentException("OpenAppClientOptions.BaseUrl has a host that cannot be sent as ASCII.", nameof(options));
            }

            (root, source) = (baseUrl, "OpenAppClientOptions.BaseUrl");
        }
        else
        {
            root = credential.ApiRoot ?? throw new ArgumentException(
                "OpenAppClientOptions.BaseUrl is required when the credential is not an API key (the key names its server).",
                nameof(options));
            source = "The API key's origin";
        }

        if (InsecureHttpProblem(root, options.AllowInsecureHttp, source) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        return root;
    }

    /// <summary>
    /// Why <paramref name="root"/> may not be used: plain <c>http://</c> to a host that is not this machine, unless
    /// <paramref name="allowInsecureHttp"/>. Null when it may. Shared with the start-up validation of DI registrations.
    /// </summary>
    public static string? InsecureHttpProblem(Uri root, bool allowInsecureHttp, string source) =>
        root.Scheme == Uri.UriSchemeHttp && !IsLoopback(root) && !allowInsecureHttp
            ? $"{source} uses plain http:// to {root.GetLeftPart(UriPartial.Authority)}, which is not this machine: the API key " +
              "and every request would cross the network unencrypted. Use https://, or set " +
              "OpenAppClientOptions.AllowInsecureHttp = true if you accept that risk (e.g. a TLS-terminating proxy on a private network)."
            : null;

    // localhost, 127.0.0.0/8 and ::1: local fakes and proxies, which never leave the machine.
    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
