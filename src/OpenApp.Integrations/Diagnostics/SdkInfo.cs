using System.Reflection;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>The SDK's version and the User-Agent it sends.</summary>
internal static class SdkInfo
{
    /// <summary>The package version, e.g. <c>0.1.0</c> (no build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary><c>openapp-sdk-dotnet/{version}</c>.</summary>
    public static string UserAgent { get; } = "openapp-sdk-dotnet/" + Version;

    private static string ReadVersion()
    {
        var informational = typeof(SdkInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
