using System.Reflection;
using OpenApp.Integrations.Benchmarks.Baseline;

namespace OpenApp.Integrations.Benchmarks.Infrastructure;

/// <summary>Builds the two sides of a benchmark over one handler.</summary>
public static class Clients
{
    /// <summary>The SDK's User-Agent, <c>openapp-sdk-dotnet/{version}</c>, so the baseline sends the same one.</summary>
    public static string SdkUserAgent { get; } = "openapp-sdk-dotnet/" + SdkVersion();

    /// <summary>The SDK as an app would build it over its own HttpClient (defaults: retries, timeouts, telemetry on).</summary>
    public static OpenAppClient Sdk(HttpMessageHandler handler, Uri? baseUrl = null) =>
        new(
            new OpenAppClientOptions { ApiKey = Payloads.ApiKey, OrganizationId = Payloads.OrganizationId, BaseUrl = baseUrl },
            new HttpClient(handler, disposeHandler: false));

    /// <summary>The hand-written client over the same handler.</summary>
    public static BaselineClient Baseline(HttpMessageHandler handler, string? root = null) =>
        new(new HttpClient(handler, disposeHandler: false), root ?? Payloads.ApiRoot, Payloads.ApiKey, Payloads.OrganizationId, SdkUserAgent);

    private static string SdkVersion()
    {
        var informational = typeof(OpenAppClient).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
