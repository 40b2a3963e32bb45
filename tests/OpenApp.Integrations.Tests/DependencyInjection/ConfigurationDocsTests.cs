using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenApp.Integrations.DependencyInjection;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.DependencyInjection;

/// <summary>docs/configuration.md shows every key, explains every key, and its example section binds as written.</summary>
public sealed partial class ConfigurationDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(BundleDocument.RepositoryRoot, "docs", "configuration.md"));

    [Fact]
    public async Task The_example_section_holds_every_key_and_starts_a_host()
    {
        var example = ExampleJson().Match(Doc);
        Assert.True(example.Success, "docs/configuration.md has no ```json example.");
        var builder = HostingTests.NewHost();
        builder.Configuration.AddJsonStream(ConfigurationBindingTests.Json(example.Groups["json"].Value));
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();

        await host.StartAsync();

        var written = builder.Configuration.GetSection("OpenApp").AsEnumerable(makePathsRelative: true).Select(kv => kv.Key).ToList();
        Assert.All(OpenAppConfigurationKeys.Settings.Keys, key =>
            Assert.Contains(written, w => w.Equals(key, StringComparison.OrdinalIgnoreCase) || w.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(2, host.Services.GetRequiredService<IOptions<OpenAppClientOptions>>().Value.Retry.MaxRetries);
        await host.StopAsync();
    }

    [Fact]
    public void Every_key_has_a_sentence()
    {
        Assert.All(OpenAppConfigurationKeys.Settings.Keys, key => Assert.Contains("- `" + key + "`: ", Doc, StringComparison.Ordinal));
        Assert.All(OpenAppConfigurationKeys.CodeOnly.Keys, key => Assert.Contains("`" + key + "`", Doc, StringComparison.Ordinal));
    }

    [GeneratedRegex("```json\\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleJson();
}
