using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.DependencyInjection;

public sealed class HostingTests : IClassFixture<WireMockFixture>
{
    private const string IntegrationJson =
        """{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}""";

    private readonly WireMockFixture _fake;

    public HostingTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(IntegrationJson));
    }

    [Fact]
    public async Task A_host_configured_from_a_section_resolves_one_client_that_sends_the_configured_key_org_and_handlers()
    {
        var builder = NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = _fake.ApiKey,
            ["OpenApp:OrganizationId"] = TestKeys.Org,
            ["OpenApp:UserAgentSuffix"] = "host-test/1.0",
            ["OpenApp:Logging:MaxBodyLength"] = "512",
        });
        builder.Services.AddTransient<MarkerHandler>();
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"))
            .AddHttpMessageHandler<MarkerHandler>();
        using var host = builder.Build();
        await host.StartAsync();

        var client = host.Services.GetRequiredService<OpenAppClient>();
        Assert.Same(client, host.Services.GetRequiredService<OpenAppClient>());
        var options = host.Services.GetRequiredService<IOptions<OpenAppClientOptions>>().Value;
        Assert.Equal(_fake.ApiKey, options.ApiKey);
        Assert.Equal(TestKeys.Org, options.OrganizationId);
        Assert.Equal(512, options.Logging.MaxBodyLength);
        Assert.NotNull(options.LoggerFactory); // the host's
        Assert.Equal(TestKeys.Org, client.OrganizationId);
        Assert.Equal(_fake.ApiRoot, client.Transport.ApiRoot);

        var integration = (await client.Integrations.GetAsync("i1")).Value;

        Assert.Equal("i1", integration.Id);
        var sent = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal(_fake.ApiKey, sent.Headers!["X-API-Key"].Single());
        Assert.Equal(TestKeys.Org, sent.Headers["X-Org"].Single());
        Assert.EndsWith(" host-test/1.0", sent.Headers["User-Agent"].Single(), StringComparison.Ordinal);
        Assert.StartsWith("openapp-sdk-dotnet/", sent.Headers["User-Agent"].Single(), StringComparison.Ordinal);
        Assert.Equal("yes", sent.Headers["X-Marker-Handler"].Single());
        await host.StopAsync();
    }

    [Fact]
    public async Task Code_configuration_and_the_hosts_logging_and_metrics_reach_the_client()
    {
        var builder = NewHost();
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        builder.Services.AddOpenAppIntegrations(o =>
        {
            o.ApiKey = _fake.ApiKey;
            o.OrganizationId = TestKeys.OtherOrg;
            o.ApiKeyHeader = ApiKeyHeader.AuthorizationBearer;
        });
        using var host = builder.Build();
        await host.StartAsync();
        using var durations = new MetricCollector<double>(
            host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            OpenAppDiagnostics.MeterName,
            OpenAppDiagnostics.RequestDurationMetric);
        var client = host.Services.GetRequiredService<OpenAppClient>();

        await client.Integrations.GetAsync("i1");

        var sent = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal("Bearer " + _fake.ApiKey, sent.Headers!["Authorization"].Single());
        Assert.False(sent.Headers.ContainsKey("X-API-Key"));
        Assert.Equal(TestKeys.OtherOrg, sent.Headers["X-Org"].Single());
        var logs = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Id.Id == OpenAppDiagnostics.LogEvents.ResponseReceived && r.Category == OpenAppDiagnostics.LoggerCategory);
        Assert.Single(durations.GetMeasurementSnapshot());
        await host.StopAsync();
    }

    [Fact]
    public async Task Keyed_registrations_serve_two_accounts_and_organizations_side_by_side()
    {
        var tenantBKey = _fake.Server.Urls[0] + "_openapp_tenant-b-" + TestKeys.Secret;
        var builder = NewHost(new Dictionary<string, string?>
        {
            ["OpenApp:TenantA:ApiKey"] = _fake.ApiKey,
            ["OpenApp:TenantA:OrganizationId"] = TestKeys.Org,
        });
        builder.Services.AddKeyedOpenAppIntegrations("tenant-a", builder.Configuration.GetSection("OpenApp:TenantA"));
        builder.Services.AddKeyedOpenAppIntegrations("tenant-b", o =>
        {
            o.ApiKey = tenantBKey;
            o.OrganizationId = TestKeys.OtherOrg;
        });
        using var host = builder.Build();
        await host.StartAsync();

        var a = host.Services.GetRequiredKeyedService<OpenAppClient>("tenant-a");
        var b = host.Services.GetRequiredKeyedService<OpenAppClient>("tenant-b");
        Assert.NotSame(a, b);
        Assert.Same(a, host.Services.GetRequiredKeyedService<OpenAppClient>("tenant-a"));
        Assert.Null(host.Services.GetService<OpenAppClient>()); // no default registration was made

        await a.Integrations.GetAsync("i1");
        await b.Integrations.GetAsync("i1");

        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Headers!["X-Org"].Single() == TestKeys.Org && e.Headers["X-API-Key"].Single() == _fake.ApiKey);
        Assert.Contains(entries, e => e.Headers!["X-Org"].Single() == TestKeys.OtherOrg && e.Headers["X-API-Key"].Single() == tenantBKey);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_client_is_safe_to_share_across_concurrent_callers()
    {
        var builder = NewHost();
        builder.Services.AddOpenAppIntegrations(o =>
        {
            o.ApiKey = _fake.ApiKey;
            o.OrganizationId = TestKeys.Org;
        });
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<OpenAppClient>();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            client.ForOrganization(i % 2 == 0 ? TestKeys.Org : TestKeys.OtherOrg).Integrations.GetAsync("i1")));

        Assert.All(results, r => Assert.Equal("i1", r.Value.Id));
        var orgs = _fake.Server.LogEntries.Select(e => e.RequestMessage!.Headers!["X-Org"].Single()).ToList();
        Assert.Equal(8, orgs.Count(o => o == TestKeys.Org));
        Assert.Equal(8, orgs.Count(o => o == TestKeys.OtherOrg));
        await host.StopAsync();
    }

    internal static HostApplicationBuilder NewHost(Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        return builder;
    }

    /// <summary>An app's own handler, added through the IHttpClientBuilder the registration returns.</summary>
    private sealed class MarkerHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Marker-Handler", "yes");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
