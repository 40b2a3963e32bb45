using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Diagnostics;

public sealed class LoggingTests : IClassFixture<WireMockFixture>
{
    private const string IntegrationJson =
        """{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}""";

    private readonly WireMockFixture _fake;

    public LoggingTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task Request_and_response_lines_carry_stable_event_ids_and_no_query()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations").UsingGet())
            .RespondWith(Json(200, """{"items":[],"total":0}"""));
        using var logs = new CapturedLogs();
        using var client = _fake.CreateClient(configure: o => o.LoggerFactory = logs.Factory);

        await client.Integrations.ListAsync(new ListIntegrationsOptions { Query = "lobby-search-text" });

        var sending = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestSending));
        Assert.Equal(LogLevel.Debug, sending.Level);
        Assert.Equal("RequestSending", sending.Id.Name);
        Assert.Equal(OpenAppDiagnostics.LoggerCategory, sending.Category);
        Assert.Equal("OpenApp list_integrations: sending GET /api/v1/integrations (attempt 1)", sending.Message);

        var received = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseReceived));
        Assert.Equal(LogLevel.Information, received.Level);
        Assert.Equal("200", received.GetStructuredStateValue("StatusCode"));
        Assert.Equal("1", received.GetStructuredStateValue("Attempt"));
        Assert.Equal("/api/v1/integrations", received.GetStructuredStateValue("Path"));
        Assert.NotNull(received.GetStructuredStateValue("ElapsedMilliseconds"));

        // The query (search text, filters) is in no record at all.
        Assert.DoesNotContain(logs.Records.SelectMany(CapturedLogs.Texts), t => t.Contains("lobby-search-text", StringComparison.Ordinal));
        Assert.Empty(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestFailed));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_planted_secret_never_reaches_the_logs(bool logBodies)
    {
        // Not the API key's secret (which the logger also scrubs from any text): this one only redaction can hide.
        const string secret = "PLANTED-payload-secret-5e4d3c2b1a";
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("Set-Cookie", "session=" + secret)
                .WithHeader("X-Echo", _fake.ApiKey)
                .WithBody($$$"""{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"},"secrets":{"password":"{{{secret}}}"},"config":{"api_token":"{{{secret}}}","echo":"{{{_fake.ApiKey}}}"}}"""));
        using var logs = new CapturedLogs();
        using var client = _fake.CreateClient(configure: o =>
        {
            o.LoggerFactory = logs.Factory;
            o.Logging.LogBodies = logBodies;
            // Even allow-listed, credential headers stay redacted; an allow-listed echo of the key is scrubbed.
            o.Logging.AllowedHeaderNames.Add("X-API-Key");
            o.Logging.AllowedHeaderNames.Add("Set-Cookie");
            o.Logging.AllowedHeaderNames.Add("X-Echo");
        });
        var request = new UpdateIntegrationRequest
        {
            Name = LocalizedString.FromLocale("en", "Renamed lobby"),
            Secrets = JsonDocument.Parse($$$"""{"password":"{{{secret}}}","nested":{"client_secret":"{{{secret}}}"}}""").RootElement,
        };
        var requestOptions = new OpenAppRequestOptions { ConfirmationToken = secret };
        requestOptions.Headers["X-Custom-Secret"] = secret;

        await client.Integrations.UpdateAsync("i1", request, requestOptions: requestOptions);

        // The request really carried the secret, so the test could fail.
        var sent = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Contains(secret, sent.Body, StringComparison.Ordinal);
        Assert.Equal(secret, sent.Headers!["X-Custom-Secret"].Single());

        Assert.NotEmpty(logs.Records);
        foreach (var text in logs.Records.SelectMany(CapturedLogs.Texts))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestKeys.Secret, text, StringComparison.Ordinal);
        }

        var requestHeaders = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestHeaders)).Message;
        Assert.Contains("X-API-Key: [redacted]", requestHeaders, StringComparison.Ordinal);
        Assert.Contains("X-Custom-Secret: [redacted]", requestHeaders, StringComparison.Ordinal);
        Assert.Contains("X-OpenApp-Confirm: [redacted]", requestHeaders, StringComparison.Ordinal);
        Assert.Contains("X-Org: " + TestKeys.Org, requestHeaders, StringComparison.Ordinal);
        var responseHeaders = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseHeaders)).Message;
        Assert.Contains("Set-Cookie: [redacted]", responseHeaders, StringComparison.Ordinal);
        Assert.Contains("X-Echo: [redacted]", responseHeaders, StringComparison.Ordinal);

        if (logBodies)
        {
            var requestBody = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestBody)).Message;
            Assert.Contains("Renamed lobby", requestBody, StringComparison.Ordinal);
            Assert.Contains("\"secrets\":\"[redacted]\"", requestBody, StringComparison.Ordinal);
            var responseBody = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseBody)).Message;
            Assert.Contains("\"api_token\":\"[redacted]\"", responseBody, StringComparison.Ordinal);
            Assert.Contains("\"echo\":\"[redacted]\"", responseBody, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestBody));
            Assert.Empty(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseBody));
        }
    }

    [Fact]
    public async Task A_waveshare_password_carried_as_a_diff_value_never_reaches_the_logs()
    {
        // In the diff the password travels under "stored" / "current"; only the sibling "key" says what it is.
        const string oldPassword = "PLANTED-mqtt-old-8c7b6a59";
        const string newPassword = "PLANTED-mqtt-new-4d3e2f10";
        const string config = """
            "mqtt_client_id": "waveshare-01ja7zk3", "mqtt_username": "org-a",
            "mqtt_subscribe_topic": "openapp/org-a/01ja7zk3/in", "mqtt_publish_topic": "openapp/org-a/01ja7zk3/out"
            """;
        await _fake.RespondAsync("get_waveshare_provisioning_status", 200, $$$"""
            {
              "stale": true,
              "stored": { {{{config}}}, "mqtt_password": "{{{oldPassword}}}" },
              "current": { {{{config}}}, "mqtt_password": "{{{newPassword}}}" },
              "diff": [
                { "key": "mqtt_password", "stored": "{{{oldPassword}}}", "current": "{{{newPassword}}}" },
                { "stored": "{{{oldPassword}}}", "current": "{{{newPassword}}}", "key": "mqtt_password" },
                { "key": "mqtt_username", "stored": "org-a", "current": "org-b" }
              ]
            }
            """);
        using var logs = new CapturedLogs();
        using var client = _fake.CreateClient(configure: o =>
        {
            o.LoggerFactory = logs.Factory;
            o.Logging.LogBodies = true;
        });

        var status = (await client.Integrations.WaveshareProvisioning.GetStatusAsync(Samples.IntegrationId)).Value;

        // The client got the passwords, so the logs could have shown them.
        Assert.Equal(newPassword, status.Diff[0].Current);
        Assert.Equal(oldPassword, status.Diff[1].Stored);
        foreach (var text in logs.Records.SelectMany(CapturedLogs.Texts))
        {
            Assert.DoesNotContain(oldPassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain(newPassword, text, StringComparison.Ordinal);
        }

        var body = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseBody)).Message;
        Assert.Contains("""{"key":"mqtt_password","stored":"[redacted]","current":"[redacted]"}""", body, StringComparison.Ordinal);
        Assert.Contains("""{"stored":"[redacted]","current":"[redacted]","key":"mqtt_password"}""", body, StringComparison.Ordinal);
        Assert.Contains("""{"key":"mqtt_username","stored":"org-a","current":"org-b"}""", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logged_bodies_are_capped_and_the_client_still_decodes_the_whole_body()
    {
        var items = string.Join(",", Enumerable.Repeat(IntegrationJson, 20));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations").UsingGet())
            .RespondWith(Json(200, "{\"items\":[" + items + "],\"total\":20}"));
        using var logs = new CapturedLogs();
        using var client = _fake.CreateClient(configure: o =>
        {
            o.LoggerFactory = logs.Factory;
            o.Logging.LogBodies = true;
            o.Logging.MaxBodyLength = 100;
        });

        var page = (await client.Integrations.ListAsync()).Value;

        Assert.Equal(20, page.Items.Count);
        var body = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseBody)).GetStructuredStateValue("Body")!;
        Assert.StartsWith("{\"items\":[{\"id\":\"i1\"", body, StringComparison.Ordinal);
        Assert.Contains("...(cut, ", body, StringComparison.Ordinal);
        Assert.True(body.Length < 150, body);
    }

    [Fact]
    public async Task An_error_response_is_logged_as_a_failure_with_its_status()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/missing").UsingGet())
            .RespondWith(Json(404, """{"message":"no such integration","error_code":"not_found"}"""));
        using var logs = new CapturedLogs();
        using var client = _fake.CreateClient(configure: o => o.LoggerFactory = logs.Factory);

        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetAsync("missing"));

        var failed = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestFailed));
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal("404", failed.GetStructuredStateValue("ErrorType"));
        Assert.Equal("1", failed.GetStructuredStateValue("Attempts"));
        Assert.Equal("/api/v1/integrations/missing", failed.GetStructuredStateValue("Path"));
        Assert.IsAssignableFrom<OpenAppApiException>(failed.Exception);
    }

    [Fact]
    public async Task An_attempt_without_response_is_logged_and_then_the_failure()
    {
        using var logs = new CapturedLogs();
        var closedPort = ClosedPort();
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = $"http://127.0.0.1:{closedPort}_openapp_{TestKeys.Secret}",
            OrganizationId = TestKeys.Org,
            LoggerFactory = logs.Factory,
        });

        // A POST without an Idempotency-Key: never retried, so there is exactly one attempt to see.
        await Assert.ThrowsAsync<OpenAppTransportException>(() =>
            client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "virtual_access", Name = LocalizedString.FromLocale("en", "Gate") }));

        var attempt = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.AttemptFailed));
        Assert.Equal(nameof(HttpRequestException), attempt.GetStructuredStateValue("ErrorType"));
        var failed = Assert.Single(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestFailed));
        Assert.Equal(typeof(OpenAppTransportException).FullName, failed.GetStructuredStateValue("ErrorType"));
        Assert.Empty(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseReceived));
        Assert.DoesNotContain(logs.Records.SelectMany(CapturedLogs.Texts), t => t.Contains(TestKeys.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_logger_factory_nothing_is_logged_and_calls_work()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet()).RespondWith(Json(200, IntegrationJson));
        using var client = _fake.CreateClient(configure: o => o.Logging.LogBodies = true);

        var integration = (await client.Integrations.GetAsync("i1")).Value;

        Assert.Equal("i1", integration.Id);
    }

    internal static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
