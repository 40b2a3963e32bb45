using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenApp.Integrations.DependencyInjection;
using OpenApp.Integrations.Tests.Infrastructure;
using Xunit.Sdk;

namespace OpenApp.Integrations.Tests.DependencyInjection;

/// <summary>
/// Every setting of <see cref="OpenAppClientOptions"/> binds from an <c>"OpenApp"</c> section, or is listed as
/// code-only with a reason. The settings are found by reflection, so a property added later fails here until it is
/// bound (a key in <see cref="OpenAppConfigurationKeys"/> and a sample below) or listed as code-only.
/// </summary>
public sealed class ConfigurationBindingTests
{
    private const string ApiKey = "https://openapp.example_openapp_" + TestKeys.Secret;

    /// <summary>One sample per bindable setting: the configuration it is written as, and a check of the bound value.</summary>
    private static readonly Dictionary<string, Sample> Samples = new(StringComparer.Ordinal)
    {
        ["ApiKey"] = Value("ApiKey", ApiKey, ApiKey),
        ["ApiKeyHeader"] = Value("ApiKeyHeader", "authorizationBearer", ApiKeyHeader.AuthorizationBearer),
        ["BaseUrl"] = Value("BaseUrl", "https://eu.openapp.example/api/v1", new Uri("https://eu.openapp.example/api/v1")),
        ["OrganizationId"] = Value("OrganizationId", TestKeys.Org, TestKeys.Org),
        ["UserAgentSuffix"] = Value("UserAgentSuffix", "config-test/2.0", "config-test/2.0"),
        ["MaxResponseBodyBytes"] = Value("MaxResponseBodyBytes", "1048576", 1_048_576L),
        ["AllowInsecureHttp"] = Value("AllowInsecureHttp", "true", true),
        ["Retry:MaxRetries"] = Value("Retry:MaxRetries", "2", 2),
        ["Retry:BaseDelay"] = Value("Retry:BaseDelay", "00:00:00.250", TimeSpan.FromMilliseconds(250)),
        ["Retry:MaxDelay"] = Value("Retry:MaxDelay", "00:00:05", TimeSpan.FromSeconds(5)),
        ["Retry:UseJitter"] = Value("Retry:UseJitter", "false", false),
        ["Retry:MaxRetryAfter"] = Value("Retry:MaxRetryAfter", "00:00:20", TimeSpan.FromSeconds(20)),
        ["Retry:AttemptTimeout"] = Value("Retry:AttemptTimeout", "00:00:07", (TimeSpan?)TimeSpan.FromSeconds(7)),
        ["Retry:OverallTimeout"] = Value("Retry:OverallTimeout", "00:01:30", (TimeSpan?)TimeSpan.FromSeconds(90)),
        ["Logging:LogBodies"] = Value("Logging:LogBodies", "true", true),
        ["Logging:MaxBodyLength"] = Value("Logging:MaxBodyLength", "512", 512),
        ["Logging:AllowedHeaderNames"] = new(
            new() { ["Logging:AllowedHeaderNames:0"] = "X-Tenant", ["Logging:AllowedHeaderNames:1"] = "X-Trace" },
            actual =>
            {
                var names = Assert.IsAssignableFrom<ISet<string>>(actual);
                Assert.Contains("X-Tenant", names);
                Assert.Contains("x-trace", names); // still case-insensitive
                Assert.Contains("X-Request-Id", names); // added to the defaults, not instead of them
            }),
    };

    [Fact]
    public void Every_setting_is_bound_or_listed_as_code_only_with_a_reason()
    {
        var settings = SettingPaths(typeof(OpenAppClientOptions), string.Empty).ToList();

        var neither = settings.Where(p => !Samples.ContainsKey(p) && !OpenAppConfigurationKeys.CodeOnly.ContainsKey(p)).ToList();
        Assert.True(neither.Count == 0,
            "Not bound from configuration and not listed as code-only: " + string.Join(", ", neither) +
            ". Add each to OpenAppConfigurationKeys.Settings (and a sample here), or to OpenAppConfigurationKeys.CodeOnly with a reason.");
        Assert.Equal(Samples.Keys.Order(), OpenAppConfigurationKeys.Settings.Keys.Order());
        Assert.Empty(Samples.Keys.Except(settings));
        Assert.Empty(OpenAppConfigurationKeys.CodeOnly.Keys.Except(settings));
        Assert.All(OpenAppConfigurationKeys.CodeOnly.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public async Task A_full_section_sets_every_setting()
    {
        var section = Samples.Values.SelectMany(s => s.Configuration)
            .ToDictionary(kv => "OpenApp:" + kv.Key, kv => (string?)kv.Value);
        var builder = HostingTests.NewHost(section);
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<OpenAppClientOptions>>().Value;
        var defaults = new OpenAppClientOptions();

        foreach (var (path, sample) in Samples)
        {
            // Each check must fail on the default, so a setting left unbound cannot pass.
            Assert.ThrowsAny<XunitException>(() => sample.Check(Read(defaults, path)));
            try
            {
                sample.Check(Read(options, path));
            }
            catch (XunitException ex)
            {
                throw new XunitException($"OpenApp:{path} did not bind: {ex.Message}");
            }
        }

        // The client accepts what was bound.
        var client = host.Services.GetRequiredService<OpenAppClient>();
        Assert.Equal(new Uri("https://eu.openapp.example/api/v1"), client.Transport.ApiRoot);
        await host.StopAsync();
    }

    [Fact]
    public void Keys_are_case_insensitive_and_a_dedicated_configuration_root_works_too()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["apikey"] = ApiKey,
            ["RETRY:maxretries"] = "1",
            ["logging:logbodies"] = "TRUE",
        }).Build();
        using var services = new ServiceCollection().AddOpenAppIntegrations(root).Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<OpenAppClientOptions>>().Value;

        Assert.Equal(ApiKey, options.ApiKey);
        Assert.Equal(1, options.Retry.MaxRetries);
        Assert.True(options.Logging.LogBodies);
    }

    [Fact]
    public async Task Null_or_empty_turns_a_timeout_off_and_leaves_other_settings_at_their_defaults()
    {
        var builder = HostingTests.NewHost();
        builder.Configuration.AddJsonStream(Json(
            $$"""
            {
              "OpenApp": {
                "ApiKey": "{{ApiKey}}",
                "OrganizationId": null,
                "UserAgentSuffix": "",
                "AllowInsecureHttp": null,
                "Retry": { "MaxRetries": null, "BaseDelay": "", "AttemptTimeout": null, "OverallTimeout": "" },
                "Logging": { "MaxBodyLength": "", "AllowedHeaderNames": [] }
              }
            }
            """));
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        using var host = builder.Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<OpenAppClientOptions>>().Value;

        Assert.Null(options.Retry.AttemptTimeout);
        Assert.Null(options.Retry.OverallTimeout);
        Assert.Equal(3, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Retry.BaseDelay);
        Assert.Null(options.OrganizationId);
        Assert.Null(options.UserAgentSuffix);
        Assert.False(options.AllowInsecureHttp);
        Assert.Equal(OpenAppLoggingOptions.DefaultMaxBodyLength, options.Logging.MaxBodyLength);
        Assert.Equal(OpenAppLoggingOptions.DefaultAllowedHeaderNames.Count, options.Logging.AllowedHeaderNames.Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_configure_callback_runs_after_the_section_and_sets_what_configuration_cannot()
    {
        var clock = new Resilience.TestClock();
        var builder = HostingTests.NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = ApiKey,
            ["OpenApp:Retry:MaxRetries"] = "1",
            ["OpenApp:Retry:MaxDelay"] = "00:00:09",
        });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"), o =>
        {
            o.TimeProvider = clock;
            o.Retry.MaxRetries = 5;
        });
        using var host = builder.Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<OpenAppClientOptions>>().Value;

        Assert.Same(clock, options.TimeProvider);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(9), options.Retry.MaxDelay);
        await host.StopAsync();
    }

    internal static MemoryStream Json(string json) => new(System.Text.Encoding.UTF8.GetBytes(json));

    private static Sample Value(string key, string text, object expected) =>
        new(new() { [key] = text }, actual => Assert.Equal(expected, actual));

    /// <summary>
    /// The paths of the settings under <paramref name="type"/>: public properties with a public setter, and get-only
    /// collections (the binder adds to them); the option groups (<c>Retry</c>, <c>Logging</c>) are walked into.
    /// </summary>
    private static IEnumerable<string> SettingPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var path = prefix + property.Name;
            if (IsOptionsGroup(property.PropertyType))
            {
                foreach (var nested in SettingPaths(property.PropertyType, path + ":"))
                {
                    yield return nested;
                }
            }
            else if (property.SetMethod is { IsPublic: true } || (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType)))
            {
                yield return path;
            }
        }
    }

    private static bool IsOptionsGroup(Type type) =>
        type.Assembly == typeof(OpenAppClientOptions).Assembly && type.IsClass && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;

    private static object? Read(object options, string path)
    {
        object? value = options;
        foreach (var name in path.Split(':'))
        {
            value = value!.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(value);
        }

        return value;
    }

    private sealed record Sample(Dictionary<string, string> Configuration, Action<object?> Check);
}
