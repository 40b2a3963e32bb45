using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.DependencyInjection;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task A_missing_api_key_stops_the_host_at_start_with_a_clear_message()
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?> { ["OpenApp:OrganizationId"] = TestKeys.Org });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OpenApp:ApiKey is missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("{origin}_openapp_{secret}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-separator-" + TestKeys.Secret, "has no '_openapp_' separator")]
    [InlineData("ftp://openapp.house_openapp_" + TestKeys.Secret, "not an absolute http or https URL")]
    [InlineData("https://openapp.house_openapp_", "secret (after '_openapp_') is empty")]
    public async Task A_malformed_api_key_is_explained_without_echoing_it(string apiKey, string expected)
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?> { ["OpenApp:ApiKey"] = apiKey });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OpenApp:ApiKey is malformed", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://openapp.house/api/v1", "BaseUrl must be an absolute http or https URL")]
    [InlineData("https://openapp.house/api/v1?x=1", "BaseUrl must not have a query or fragment")]
    [InlineData("openapp.house/api/v1", "OpenApp:BaseUrl is not an absolute URL")]
    [InlineData("/api/v1", "BaseUrl must be an absolute http or https URL")]
    [InlineData("https://user:pa55@openapp.house/api/v1", "BaseUrl must not carry user name or password")]
    public async Task A_bad_base_url_stops_the_host_at_start(string baseUrl, string expected)
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = "https://openapp.house_openapp_" + TestKeys.Secret,
            ["OpenApp:BaseUrl"] = baseUrl,
        });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pa55", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_values_in_the_section_are_reported_by_name()
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = "https://openapp.house_openapp_" + TestKeys.Secret,
            ["OpenApp:ApiKeyHeader"] = "Cookie",
        });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OpenApp:ApiKeyHeader must be 'XApiKey' or 'AuthorizationBearer'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_registration_names_its_key_in_the_message()
    {
        var builder = HostingTests.NewHost();
        builder.Services.AddKeyedOpenAppIntegrations("tenant-b", o => o.OrganizationId = "bad\r\nX-Injected: 1");
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OpenApp client 'tenant-b': ApiKey is missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("OpenApp client 'tenant-b': OrganizationId must not be blank or contain control characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_options_start_the_host()
    {
        var builder = HostingTests.NewHost();
        builder.Services.AddOpenAppIntegrations(o => o.ApiKey = "https://openapp.house_openapp_" + TestKeys.Secret);
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(new Uri("https://openapp.house/api/v1"), host.Services.GetRequiredService<OpenAppClient>().Transport.ApiRoot);
        await host.StopAsync();
    }

    [Fact]
    public void Without_a_host_the_same_checks_run_when_the_client_is_first_resolved()
    {
        using var services = new ServiceCollection()
            .AddOpenAppIntegrations(o => o.ApiKey = "not a key " + TestKeys.Secret).Services
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<OpenAppClient>());

        Assert.Contains("OpenApp:ApiKey is malformed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.Message, StringComparison.Ordinal);
    }
}
