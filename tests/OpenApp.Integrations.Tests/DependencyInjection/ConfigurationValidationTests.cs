using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.DependencyInjection;

/// <summary>
/// A section that cannot be bound as written stops the app at start-up, with one message per key that names the
/// key's full path and never shows a value.
/// </summary>
public sealed class ConfigurationValidationTests
{
    private const string ApiKey = "https://openapp.example_openapp_" + TestKeys.Secret;

    [Theory]
    [InlineData("OpenApp:Retry:MaxRetrys", "OpenApp:Retry:MaxRetrys is not an OpenApp setting; did you mean OpenApp:Retry:MaxRetries?")]
    [InlineData("OpenApp:Loging:LogBodies", "OpenApp:Loging is not an OpenApp setting; did you mean OpenApp:Logging?")]
    [InlineData("OpenApp:MaxRetries", "OpenApp:MaxRetries is not an OpenApp setting; did you mean OpenApp:Retry:MaxRetries?")]
    [InlineData("OpenApp:Retry:LogBodies", "OpenApp:Retry:LogBodies is not an OpenApp setting; did you mean OpenApp:Logging:LogBodies?")]
    [InlineData("OpenApp:Region", "OpenApp:Region is not an OpenApp setting.")]
    [InlineData("OpenApp:Credential:Token", "OpenApp:Credential cannot be set from configuration: a credential is an object")]
    [InlineData("OpenApp:TimeProvider", "OpenApp:TimeProvider cannot be set from configuration")]
    [InlineData("OpenApp:LoggerFactory", "OpenApp:LoggerFactory cannot be set from configuration")]
    public async Task An_unknown_or_misspelled_key_stops_the_host_naming_its_full_path(string key, string expected)
    {
        var ex = await StartFailsAsync(new() { [key] = "1" });

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("?.", ex.Message, StringComparison.Ordinal); // a suggestion's question ends the sentence
        Assert.Single(ex.Failures);
    }

    [Theory]
    [InlineData("Retry:MaxRetries", "three", "OpenApp:Retry:MaxRetries must be a whole number.")]
    [InlineData("Retry:MaxRetries", "99999999999", "OpenApp:Retry:MaxRetries must be a whole number.")]
    [InlineData("Retry:BaseDelay", "1s", "OpenApp:Retry:BaseDelay must be a time span such as '00:00:30' (hh:mm:ss)")]
    [InlineData("Retry:AttemptTimeout", "30 seconds", "OpenApp:Retry:AttemptTimeout must be a time span such as '00:00:30' (hh:mm:ss), or null for none.")]
    [InlineData("Retry:UseJitter", "yes", "OpenApp:Retry:UseJitter must be true or false.")]
    [InlineData("AllowInsecureHttp", "1", "OpenApp:AllowInsecureHttp must be true or false.")]
    [InlineData("MaxResponseBodyBytes", "16MB", "OpenApp:MaxResponseBodyBytes must be a whole number.")]
    [InlineData("Logging:MaxBodyLength", "4k", "OpenApp:Logging:MaxBodyLength must be a whole number.")]
    [InlineData("ApiKeyHeader", "Cookie", "OpenApp:ApiKeyHeader must be 'XApiKey' or 'AuthorizationBearer'.")]
    [InlineData("ApiKeyHeader", "1", "OpenApp:ApiKeyHeader must be 'XApiKey' or 'AuthorizationBearer'.")]
    [InlineData("BaseUrl", "eu.openapp.example/api/v1", "OpenApp:BaseUrl is not an absolute URL")]
    public async Task A_value_that_cannot_be_read_stops_the_host_naming_its_key(string key, string value, string expected)
    {
        var ex = await StartFailsAsync(new() { ["OpenApp:" + key] = value });

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, ex.Message.Replace(expected, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Retry", "3", "OpenApp:Retry is a group of settings (MaxRetries, BaseDelay, MaxDelay, UseJitter, MaxRetryAfter, AttemptTimeout, OverallTimeout), not a value.")]
    [InlineData("Retry:MaxRetries:Value", "3", "OpenApp:Retry:MaxRetries takes a single value, not nested keys.")]
    [InlineData("Logging:AllowedHeaderNames", "X-Tenant,X-Trace", "OpenApp:Logging:AllowedHeaderNames is a list: write it as a JSON array, or as keys AllowedHeaderNames:0, AllowedHeaderNames:1")]
    public async Task A_value_in_the_wrong_shape_is_explained(string key, string value, string expected)
    {
        var ex = await StartFailsAsync(new() { ["OpenApp:" + key] = value });

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_in_the_section_is_reported_at_once()
    {
        var ex = await StartFailsAsync(new()
        {
            ["OpenApp:Retry:MaxRetrys"] = "2",
            ["OpenApp:Retry:BaseDelay"] = "soon",
            ["OpenApp:Loging:LogBodies"] = "true",
        });

        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.StartsWith("OpenApp:Retry:MaxRetrys ", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("OpenApp:Retry:BaseDelay ", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("OpenApp:Loging ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_api_key_in_the_wrong_place_is_never_echoed()
    {
        var ex = await StartFailsAsync(new()
        {
            ["OpenApp:Retry:MaxRetries"] = ApiKey,
            ["OpenApp:BaseUrl"] = TestKeys.Secret,
            ["OpenApp:ApiKeyHeader"] = ApiKey,
            ["OpenApp:ApiKay"] = ApiKey,
        }, withApiKey: false);

        Assert.Equal(4, ex.Failures.Count());
        Assert.Contains("OpenApp:ApiKay is not an OpenApp setting; did you mean OpenApp:ApiKey?", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Retry:MaxRetries", "11", "OpenApp:Retry:MaxRetries must be between 0 and 10.")]
    [InlineData("Retry:MaxDelay", "00:00:00.100", "OpenApp:Retry:MaxDelay must be between BaseDelay and 1 day.")]
    [InlineData("Retry:AttemptTimeout", "00:00:00", "OpenApp:Retry:AttemptTimeout must be between 10 ms and 1 day, or null for none.")]
    [InlineData("Logging:MaxBodyLength", "-1", "OpenApp:Logging:MaxBodyLength must not be negative.")]
    [InlineData("MaxResponseBodyBytes", "0", "OpenApp:MaxResponseBodyBytes must be at least 1024 bytes.")]
    public async Task A_value_out_of_range_stops_the_host_at_start_not_at_the_first_call(string key, string value, string expected)
    {
        var ex = await StartFailsAsync(new() { ["OpenApp:" + key] = value });

        var failure = Assert.Single(ex.Failures);
        Assert.Equal(expected, failure);
    }

    [Fact]
    public async Task Plain_http_to_another_machine_stops_the_host_at_start_unless_allowed()
    {
        var ex = await StartFailsAsync(new() { ["OpenApp:BaseUrl"] = "http://openapp.example/api/v1" });

        var failure = Assert.Single(ex.Failures);
        Assert.StartsWith("OpenApp:BaseUrl uses plain http:// to http://openapp.example, which is not this machine", failure, StringComparison.Ordinal);
        Assert.Contains("OpenApp:AllowInsecureHttp = true", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_registration_names_its_key_and_the_full_path_of_its_section()
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:Tenants:A:ApiKey"] = ApiKey,
            ["OpenApp:Tenants:A:Retry:MaxRetrys"] = "1",
        });
        builder.Services.AddKeyedOpenAppIntegrations("tenant-a", builder.Configuration.GetSection("OpenApp:Tenants:A"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(
            "OpenApp client 'tenant-a': OpenApp:Tenants:A:Retry:MaxRetrys is not an OpenApp setting; did you mean OpenApp:Tenants:A:Retry:MaxRetries?",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_of_keyed_clients_may_sit_inside_the_default_section()
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = ApiKey,
            ["OpenApp:SecondBuilding:ApiKey"] = ApiKey,
            ["OpenApp:SecondBuilding:Retry:MaxRetries"] = "0",
            ["OpenApp:Tenants:A:ApiKey"] = ApiKey,
            ["OpenApp:Tenants:A:OrganizationId"] = TestKeys.OtherOrg,
        });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        builder.Services.AddKeyedOpenAppIntegrations("second-building", builder.Configuration.GetSection("OpenApp:SecondBuilding"));
        builder.Services.AddKeyedOpenAppIntegrations("tenant-a", builder.Configuration.GetSection("OpenApp:Tenants:A"));
        using var host = builder.Build();

        await host.StartAsync();

        var monitor = host.Services.GetRequiredService<IOptionsMonitor<OpenAppClientOptions>>();
        Assert.Equal(3, monitor.Get(Options.DefaultName).Retry.MaxRetries);
        Assert.Equal(0, monitor.Get("second-building").Retry.MaxRetries);
        Assert.Equal(TestKeys.OtherOrg, monitor.Get("tenant-a").OrganizationId);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_nested_section_no_registration_binds_is_an_unknown_key()
    {
        var builder = HostingTests.NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = ApiKey,
            ["OpenApp:SecondBuilding:ApiKey"] = ApiKey,
            ["OpenApp:ThirdBuilding:ApiKey"] = ApiKey,
        });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        builder.Services.AddKeyedOpenAppIntegrations("second-building", builder.Configuration.GetSection("OpenApp:SecondBuilding"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("OpenApp:ThirdBuilding is not an OpenApp setting.", Assert.Single(ex.Failures));
    }

    private static async Task<OptionsValidationException> StartFailsAsync(Dictionary<string, string?> settings, bool withApiKey = true)
    {
        if (withApiKey)
        {
            settings["OpenApp:ApiKey"] = ApiKey;
        }

        var builder = HostingTests.NewHost(settings);
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
