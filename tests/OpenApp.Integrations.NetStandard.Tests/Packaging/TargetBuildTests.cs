using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Tests.Packaging;

/// <summary>This project runs the linked suite against the netstandard2.0 build of the SDK, on .NET 10.</summary>
public sealed class TargetBuildTests
{
    [Fact]
    public void The_sdk_under_test_is_the_netstandard2_0_build()
    {
        var framework = typeof(OpenAppClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
        Assert.StartsWith(".NET 10.", RuntimeInformation.FrameworkDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void The_handler_is_HttpClientHandler_without_redirects_and_with_every_encoding_the_runtime_decodes()
    {
        using var handler = TransportCore.CreateHandler();

        // SocketsHttpHandler is not in netstandard2.0; .NET Framework has only HttpClientHandler.
        var clientHandler = Assert.IsType<HttpClientHandler>(handler);
        Assert.False(clientHandler.AllowAutoRedirect);
        Assert.Equal(DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli, clientHandler.AutomaticDecompression);
    }
}
