using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.DependencyInjection;

public sealed class HostedRetryTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public HostedRetryTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task The_DI_client_retries_a_503_and_the_retry_shows_in_logs_and_metrics()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("busy"));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}"""));
        var clock = new TestClock();
        var builder = HostingTests.NewHost();
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        builder.Services.AddOpenAppIntegrations(o =>
        {
            o.ApiKey = _fake.ApiKey;
            o.OrganizationId = TestKeys.Org;
            o.TimeProvider = clock;
            o.Retry.MaxRetries = 2;
            o.Retry.AttemptTimeout = null; // only the backoff delay arms a timer, which the clock then skips
            o.Retry.OverallTimeout = null;
        });
        using var host = builder.Build();
        await host.StartAsync();
        using var retries = new MetricCollector<long>(
            host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            OpenAppDiagnostics.MeterName,
            OpenAppDiagnostics.RetryCountMetric);
        var client = host.Services.GetRequiredService<OpenAppClient>();

        var integration = (await clock.DriveAsync(client.Integrations.GetAsync("i1"))).Value;

        Assert.Equal("i1", integration.Id);
        var sent = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.Equal(TestKeys.Org, r.Headers!["X-Org"].Single()));
        Assert.Equal(sent[0].Headers!["X-Correlation-Id"].Single(), sent[1].Headers!["X-Correlation-Id"].Single());
        Assert.Equal(1, Assert.Single(retries.GetMeasurementSnapshot()).Value);
        var retry = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == OpenAppDiagnostics.LogEvents.Retrying);
        Assert.Equal("2", retry.GetStructuredStateValue("Attempt"));
        Assert.Equal("503", retry.GetStructuredStateValue("PreviousOutcome"));
        await host.StopAsync();
    }
}
