using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.Tests.Packaging;

/// <summary>This project runs the linked suite against the net8.0 build of the SDK, on a .NET 8 runtime.</summary>
public sealed class TargetBuildTests
{
    [Fact]
    public void The_tests_run_on_a_dotnet_8_runtime()
    {
        Assert.StartsWith(".NET 8.", RuntimeInformation.FrameworkDescription, StringComparison.Ordinal);
        Assert.Equal(8, Environment.Version.Major);
    }

    [Fact]
    public void The_sdk_under_test_is_the_net8_0_build()
    {
        var framework = typeof(OpenAppClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETCoreApp,Version=v8.0", framework?.FrameworkName);
    }

    [Fact]
    public void The_sdk_runs_on_the_microsoft_extensions_8_0_stack_it_names_as_floors()
    {
        // What a .NET 8 app that references only the SDK loads: the 8.0.x line, not 10.0.x.
        Assert.Equal(8, typeof(IHttpClientFactory).Assembly.GetName().Version!.Major);
        Assert.Equal(8, typeof(ILogger).Assembly.GetName().Version!.Major);
    }
}
