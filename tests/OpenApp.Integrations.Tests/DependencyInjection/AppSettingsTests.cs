using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using WireMock.RequestBuilders;
using static OpenApp.Integrations.Tests.Resilience.ServerScript;

namespace OpenApp.Integrations.Tests.DependencyInjection;

/// <summary>
/// An app's <c>appsettings.json</c>, loaded by the default host builder from its content root, changes what the
/// client does on the wire: retries, backoff, timeouts and the key header. Over real HTTP, on fake time.
/// </summary>
public sealed class AppSettingsTests : IClassFixture<WireMockFixture>, IDisposable
{
    private const string SlowPath = "/api/v1/integrations/slow";
    private readonly WireMockFixture _fake;
    private readonly TestClock _clock = new();
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("openapp-appsettings-");

    public AppSettingsTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    private static IRequestBuilder Get => Request.Create().WithPath("/api/v1/integrations/i1").UsingGet();

    /// <summary>Stalled requests are logged only when they end, maybe during a later test: counts leave them out.</summary>
    private List<WireMock.Logging.ILogEntry> Log =>
        _fake.Server.LogEntries.Where(e => e.RequestMessage!.Path != SlowPath).ToList();

    public void Dispose() => _contentRoot.Delete(recursive: true);

    [Fact]
    public async Task MaxRetries_0_sends_one_request_on_a_503()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable"));
        using var host = await StartAsync("""{ "MaxRetries": 0 }""");
        var client = host.Services.GetRequiredService<OpenAppClient>();

        // Backoff delays are let pass (a retry would show as a second request); the 30 s attempt timeout is not.
        var ex = await Assert.ThrowsAsync<OpenAppServerException>(
            () => _clock.DriveAsync(client.Integrations.GetAsync("i1"), due => due != TimeSpan.FromSeconds(30)));

        Assert.Equal(503, ex.Status);
        Assert.Single(Log);
        Assert.Equal(new[] { TimeSpan.FromSeconds(30) }, _clock.Armed); // the default attempt timeout; no backoff
    }

    [Fact]
    public async Task MaxRetries_backoff_and_jitter_come_from_the_file()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable"));
        using var host = await StartAsync(
            """{ "MaxRetries": 2, "BaseDelay": "00:00:00.500", "UseJitter": false, "AttemptTimeout": null, "OverallTimeout": null }""");
        var client = host.Services.GetRequiredService<OpenAppClient>();

        await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(3, Log.Count);
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1) }, _clock.Armed); // no timeout timers
    }

    [Fact]
    public async Task The_attempt_timeout_comes_from_the_file()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Server.Given(Request.Create().WithPath(SlowPath).UsingGet()).RespondWith(Stall(arrived, release.Task));
        using var host = await StartAsync("""{ "MaxRetries": 0, "AttemptTimeout": "00:00:07", "OverallTimeout": null }""");
        var client = host.Services.GetRequiredService<OpenAppClient>();
        try
        {
            var call = client.Integrations.GetAsync("slow");
            Assert.Equal(TimeSpan.FromSeconds(7), await _clock.NextArmedAsync().WaitAsync(TimeSpan.FromSeconds(30)));
            await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            _clock.Advance(TimeSpan.FromSeconds(7));

            var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => call);

            Assert.IsType<TimeoutException>(ex.InnerException);
            Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, _clock.Armed);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task The_overall_timeout_from_the_file_stops_a_retry_that_would_outlast_it()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable"));
        using var host = await StartAsync(
            """{ "MaxRetries": 3, "BaseDelay": "00:00:20", "MaxDelay": "00:00:20", "UseJitter": false, "AttemptTimeout": null, "OverallTimeout": "00:00:05" }""");
        var client = host.Services.GetRequiredService<OpenAppClient>();

        // No timer is advanced: a wait would hang DriveAsync until its guard fails the test.
        await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1"), _ => false));

        Assert.Single(Log);
        Assert.Equal(new[] { TimeSpan.FromSeconds(5) }, _clock.Armed);
    }

    [Fact]
    public async Task The_key_header_and_user_agent_come_from_the_file()
    {
        _fake.Server.Given(Get).RespondWith(Json(200, IntegrationJson));
        using var host = await StartAsync(
            """{ "MaxRetries": 0 }""",
            """ "ApiKeyHeader": "AuthorizationBearer", "UserAgentSuffix": "appsettings-test/1.0", """);
        var client = host.Services.GetRequiredService<OpenAppClient>();

        await client.Integrations.GetAsync("i1");

        var sent = Assert.Single(Log);
        Assert.Equal("Bearer " + _fake.ApiKey, sent.Header("Authorization"));
        Assert.False(sent.HasHeader("X-API-Key"));
        Assert.EndsWith(" appsettings-test/1.0", sent.Header("User-Agent"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes <c>appsettings.json</c> with an <c>"OpenApp"</c> section (key and organization of the fake, the given
    /// <c>"Retry"</c> object and any <paramref name="more"/> members), starts a default host on it, and registers the
    /// client from the section; the clock is the one thing set in code.
    /// </summary>
    private async Task<IHost> StartAsync(string retry, string more = "")
    {
        await File.WriteAllTextAsync(Path.Combine(_contentRoot.FullName, "appsettings.json"), $$"""
            {
              "Logging": { "LogLevel": { "Default": "Warning" } },
              "OpenApp": {
                "ApiKey": "{{_fake.ApiKey}}",
                "OrganizationId": "{{TestKeys.Org}}",
                {{more}}
                "Retry": {{retry}}
              }
            }
            """);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot.FullName,
            Args = [],
        });
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"), o => o.TimeProvider = _clock);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
