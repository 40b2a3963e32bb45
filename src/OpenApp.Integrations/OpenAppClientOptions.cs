using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Resilience;

namespace OpenApp.Integrations;

/// <summary>
/// Settings of an <see cref="OpenAppClient"/>. The client copies them when it is built; changing the options object
/// afterwards does not change the client.
/// </summary>
public class OpenAppClientOptions
{
    /// <summary>The API key, <c>{origin}_openapp_{secret}</c>. Either this or <see cref="Credential"/> is required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Which header carries <see cref="ApiKey"/>: <c>X-API-Key</c> (default) or <c>Authorization: Bearer</c>.</summary>
    public ApiKeyHeader ApiKeyHeader { get; set; } = ApiKeyHeader.XApiKey;

    /// <summary>A credential to use instead of <see cref="ApiKey"/> (e.g. a JWT provider).</summary>
    public OpenAppCredential? Credential { get; set; }

    /// <summary>
    /// The API root including <c>/api/v1</c>, e.g. <c>https://openapp.house/api/v1</c>. Wins over the root derived from
    /// the API key; required with a bearer credential.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The default organization (<c>X-Org</c>) for org-scoped calls.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>The default of <see cref="MaxResponseBodyBytes"/>: 16 MiB, far above the largest page (200 items).</summary>
    public const long DefaultMaxResponseBodyBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The most bytes of a response body the SDK reads, counted after decompression. A response that declares a
    /// larger <c>Content-Length</c> fails before its body is read, and a body that grows past the limit stops there;
    /// either way the call fails with an <see cref="OpenAppTransportException"/> that names the limit, and is not
    /// retried. Defaults to <see cref="DefaultMaxResponseBodyBytes"/>.
    /// </summary>
    public long MaxResponseBodyBytes { get; set; } = DefaultMaxResponseBodyBytes;

    /// <summary>
    /// Allows plain <c>http://</c> to a host that is not the local machine. Off by default: the API key and every
    /// request would cross the network unencrypted. Loopback addresses (<c>localhost</c>, <c>127.0.0.1</c>,
    /// <c>::1</c>) are always allowed, for local fakes and proxies.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Appended to the User-Agent, e.g. <c>my-app/1.2</c>.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// Retries and timeouts: how many retries, backoff, the <c>Retry-After</c> cap, per-attempt and overall timeouts.
    /// Set <c>Retry = { MaxRetries = 0 }</c> to turn retries off. The defaults are listed in <c>docs/resilience.md</c>.
    /// </summary>
    public OpenAppRetryOptions Retry { get; set; } = new();

    /// <summary>The clock used for backoff delays and timeouts (tests use a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // --- Logging and telemetry (Diagnostics/) ---

    /// <summary>
    /// Where the SDK logs (category <c>OpenApp.Integrations</c>, stable event ids in
    /// <see cref="Diagnostics.OpenAppDiagnostics.LogEvents"/>). Null logs nothing. Set from the container by
    /// <c>AddOpenAppIntegrations</c> when left null.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>What log messages may show: allow-listed headers, bodies (off by default) and their cap.</summary>
    public OpenAppLoggingOptions Logging { get; set; } = new();

    /// <summary>
    /// Creates the <c>OpenApp.Integrations</c> meter; null uses one process-wide meter. Set from the container by
    /// <c>AddOpenAppIntegrations</c> when left null.
    /// </summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>Never shows the key.</summary>
    public override string ToString() =>
        $"OpenAppClientOptions(BaseUrl={BaseUrl?.ToString() ?? "(from key)"}, OrganizationId={OrganizationId ?? "(none)"}, ApiKey={(ApiKey is null ? "(none)" : "(set)")}, {Retry})";
}
