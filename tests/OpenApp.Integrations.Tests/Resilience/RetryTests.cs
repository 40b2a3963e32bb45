using System.Globalization;
using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static OpenApp.Integrations.Tests.Resilience.ServerScript;

namespace OpenApp.Integrations.Tests.Resilience;

/// <summary>Which calls are retried, after how long, and which never are: over real HTTP, on fake time.</summary>
public sealed class RetryTests : IClassFixture<WireMockFixture>
{
    private const string GetPath = "/api/v1/integrations/i1";
    private readonly WireMockFixture _fake;
    private readonly TestClock _clock = new();

    public RetryTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    /// <summary>Requests that stall or are delayed go here: the server logs them only when they end, possibly
    /// during a later test of this class, so the request counts below leave them out.</summary>
    private static IRequestBuilder Slow => Request.Create().WithPath("/api/v1/integrations/slow").UsingGet();

    private List<WireMock.Logging.ILogEntry> Log =>
        _fake.Server.LogEntries.Where(e => e.RequestMessage!.Path != "/api/v1/integrations/slow").ToList();

    private static IRequestBuilder Get => Request.Create().WithPath(GetPath).UsingGet();

    [Fact]
    public async Task Get_503_then_200_is_retried_once_after_the_base_delay()
    {
        _fake.Server.Sequence(Get, Error(503, "unavailable"), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        var integration = await _clock.DriveAsync(client.Integrations.GetAsync("i1"));

        Assert.Equal("i1", integration.Value.Id);
        Assert.Equal(2, Log.Count);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1) }, _clock.Armed);
        var correlationIds = Log.Select(e => e.Header("X-Correlation-Id")).Distinct();
        Assert.Single(correlationIds);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_the_delay_used()
    {
        _fake.Server.Sequence(Get, Error(429, "rate_limited").WithHeader("Retry-After", "2"), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        await _clock.DriveAsync(client.Integrations.GetAsync("i1"));

        Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, _clock.Armed);
        Assert.Equal(TimeSpan.FromSeconds(2), _clock.Elapsed);
        Assert.Equal(2, Log.Count);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_the_delay_used()
    {
        var date = TestClock.Start.AddSeconds(7).ToString("r", CultureInfo.InvariantCulture);
        _fake.Server.Sequence(Get, Error(503, "maintenance").WithHeader("Retry-After", date), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        await _clock.DriveAsync(client.Integrations.GetAsync("i1"));

        Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, _clock.Armed);
        Assert.Equal(2, Log.Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_cap_is_not_waited_for_and_reaches_the_caller()
    {
        _fake.Server.Given(Get).RespondWith(Error(429, "rate_limited").WithHeader("Retry-After", "3600"));
        using var client = _fake.CreateClient(_clock, r => r.MaxRetryAfter = TimeSpan.FromSeconds(60));

        var ex = await Assert.ThrowsAsync<OpenAppRateLimitException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
        Assert.False(ex.IsQuotaExceeded);
        Assert.Single(Log);
        Assert.Empty(_clock.Armed);
    }

    [Fact]
    public async Task Three_503s_exhaust_the_attempts_with_exponential_backoff()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable", "try later").WithHeader("X-Request-Id", "req-9"));
        using var client = _fake.CreateClient(_clock, r => r.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(3, Log.Count);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, _clock.Armed);
        Assert.Equal(503, ex.Status);
        Assert.Equal("unavailable", ex.ErrorCode);
        Assert.Equal("try later", ex.ServerMessage);
        Assert.Equal("req-9", ex.RequestId);
        Assert.Equal(Log[0].Header("X-Correlation-Id"), ex.CorrelationId);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        _fake.Server.Sequence(Get, Error(status, "transient"), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        await _clock.DriveAsync(client.Integrations.GetAsync("i1"));

        Assert.Equal(2, Log.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    [InlineData(426)]
    [InlineData(501)]
    [InlineData(505)]
    public async Task Other_statuses_are_not_retried(int status)
    {
        _fake.Server.Sequence(Get, Error(status, "final"), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        var ex = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(status, ex.Status);
        Assert.Single(Log);
        Assert.Empty(_clock.Armed);
    }

    [Fact]
    public async Task Upgrade_required_is_not_retried()
    {
        _fake.Server.Given(Get).RespondWith(Error(426, "agent_version_too_old", "agent version too old"));
        using var client = _fake.CreateClient(_clock);

        var ex = await Assert.ThrowsAsync<OpenAppUpgradeRequiredException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal("agent version too old", ex.ServerMessage);
        Assert.Single(Log);
    }

    [Fact]
    public async Task Quota_exceeded_is_not_retried_and_keeps_its_body()
    {
        _fake.Server.Sequence(
            Get,
            Json(429, """{"error_code":"quota_exceeded","message":"Monthly quota used up","correlationId":"c-77"}""").WithHeader("Retry-After", "1"),
            Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        var ex = await Assert.ThrowsAsync<OpenAppRateLimitException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.True(ex.IsQuotaExceeded);
        Assert.Equal("quota_exceeded", ex.ErrorCode);
        Assert.Equal("Monthly quota used up", ex.ServerMessage);
        Assert.Equal("c-77", ex.CorrelationId);
        Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        Assert.Contains("quota_exceeded", ex.RawBody, StringComparison.Ordinal);
        Assert.Single(Log);
        Assert.Empty(_clock.Armed);
    }

    [Fact]
    public async Task Quota_exceeded_under_another_status_is_detectable_and_not_retried()
    {
        _fake.Server.Given(Get).RespondWith(Json(503, """{"code":"quota_exceeded","message":"no more"}"""));
        using var client = _fake.CreateClient(_clock);

        var ex = await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.True(ex.IsQuotaExceeded);
        Assert.Single(Log);
    }

    [Fact]
    public async Task Post_without_an_idempotency_key_is_not_retried()
    {
        var op = Request.Create().WithPath("/api/v1/integrations/i1/ops/open").UsingPost();
        _fake.Server.Sequence(op, Error(503, "unavailable"), Json(200, """{"ok":true}"""));
        using var client = _fake.CreateClient(_clock);

        await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.RunOpAsync("i1", "open")));

        var write = Assert.Single(Log);
        Assert.False(write.HasHeader("Idempotency-Key"));
        Assert.Empty(_clock.Armed);
    }

    [Fact]
    public async Task Post_with_an_idempotency_key_is_retried_with_the_same_key_and_correlation_id()
    {
        var op = Request.Create().WithPath("/api/v1/integrations/i1/ops/open").UsingPost();
        _fake.Server.Sequence(op, Error(503, "unavailable"), Json(200, """{"ok":true}"""));
        using var client = _fake.CreateClient(_clock);

        var result = await _clock.DriveAsync(client.Integrations.RunOpAsync(
            "i1", "open", requestOptions: new OpenAppRequestOptions { IdempotencyKey = "key-123" }));

        Assert.True(result.Value.Result.GetProperty("ok").GetBoolean());
        var writes = Log.ToList();
        Assert.Equal(2, writes.Count);
        Assert.All(writes, w => Assert.Equal("key-123", w.Header("Idempotency-Key")));
        Assert.Single(writes.Select(w => w.Header("X-Correlation-Id")).Distinct());
        Assert.Equal(writes[0].RequestMessage!.Body, writes[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task Access_invite_creation_carries_an_automatic_key_and_is_retried_with_it()
    {
        var create = Request.Create().WithPath("/api/v1/integrations/i1/access-invites").UsingPost();
        _fake.Server.Sequence(create, Error(502, "upstream"), Json(200, """{"invite_link_id":"inv-1","url":"https://x/inv-1"}"""));
        using var client = _fake.CreateClient(_clock);

        await _clock.DriveAsync(client.Integrations.AccessInvites.CreateAsync(
            "i1", new CreateAccessInviteRequest { PortalIds = { "p1" }, Schedules = { new InviteScheduleEntryInput { ExpiresIn = "1h" } } }));

        var writes = Log.ToList();
        Assert.Equal(2, writes.Count);
        var key = writes[0].Header("Idempotency-Key");
        Assert.False(string.IsNullOrWhiteSpace(key));
        Assert.Equal(key, writes[1].Header("Idempotency-Key"));
        Assert.Equal(writes[0].Header("X-Correlation-Id"), writes[1].Header("X-Correlation-Id"));
    }

    [Fact]
    public async Task Put_and_delete_are_retried()
    {
        var put = Request.Create().WithPath("/api/v1/integrations/i1").UsingPut();
        var delete = Request.Create().WithPath("/api/v1/integrations/i1/access-portals/p1").UsingDelete();
        _fake.Server.Sequence(put, Error(500, "boom"), Json(200, IntegrationJson));
        _fake.Server.Sequence(delete, Error(504, "gateway"), Response.Create().WithStatusCode(200));
        using var client = _fake.CreateClient(_clock);

        await _clock.DriveAsync(client.Integrations.UpdateAsync("i1", new UpdateIntegrationRequest { Enabled = false }));
        await _clock.DriveAsync(client.Integrations.AccessPortals.DeleteAsync("i1", "p1"));

        Assert.Equal(2, Log.Count(e => e.RequestMessage!.Method == "PUT"));
        Assert.Equal(2, Log.Count(e => e.RequestMessage!.Method == "DELETE"));
    }

    [Fact]
    public async Task Zero_retries_turns_retrying_off()
    {
        _fake.Server.Sequence(Get, Error(503, "unavailable"), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock, r => r.MaxRetries = 0);

        await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Single(Log);
    }

    [Fact]
    public async Task Jittered_delays_stay_within_the_maximum()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable"));
        using var client = _fake.CreateClient(_clock, r =>
        {
            r.UseJitter = true;
            r.MaxRetries = 6;
            r.MaxDelay = TimeSpan.FromSeconds(5);
        });

        await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(6, _clock.Armed.Count);
        Assert.All(_clock.Armed, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(5)));
        Assert.Equal(7, Log.Count);
    }

    [Fact]
    public async Task Cancellation_during_a_backoff_stops_the_call_and_sends_nothing_more()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable"));
        using var client = _fake.CreateClient(_clock, r => r.BaseDelay = TimeSpan.FromSeconds(10));
        using var cts = new CancellationTokenSource();

        var call = client.Integrations.GetAsync("i1", cancellationToken: cts.Token);
        var delay = await _clock.NextArmedAsync();
        Assert.Equal(TimeSpan.FromSeconds(10), delay);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(Log);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_in_flight()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Server.Given(Slow).RespondWith(Stall(arrived, release.Task));
        using var client = _fake.CreateClient(_clock);
        using var cts = new CancellationTokenSource();
        try
        {
            var call = client.Integrations.GetAsync("slow", cancellationToken: cts.Token);
            await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await cts.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.Empty(_clock.Armed);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task A_caller_token_cancelled_before_the_call_sends_nothing()
    {
        _fake.Server.Given(Get).RespondWith(Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Integrations.GetAsync("i1", cancellationToken: new CancellationToken(true)));

        Assert.Empty(Log);
    }

    [Fact]
    public void Out_of_range_settings_are_rejected_when_the_client_is_built()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _fake.CreateClient(_clock, r => r.MaxRetries = -1));
        Assert.Equal("Retry.MaxRetries", ex.ParamName);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => _fake.CreateClient(_clock, r => r.AttemptTimeout = TimeSpan.Zero));
        Assert.Equal("Retry.AttemptTimeout", ex.ParamName);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => _fake.CreateClient(_clock, r => r.MaxDelay = TimeSpan.FromMilliseconds(1)));
        Assert.Equal("Retry.MaxDelay", ex.ParamName);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => _fake.CreateClient(_clock, r => r.BaseDelay = TimeSpan.FromSeconds(-1)));
        Assert.Equal("Retry.BaseDelay", ex.ParamName);
    }

    [Fact]
    public async Task Options_changed_after_the_client_is_built_do_not_change_it()
    {
        _fake.Server.Sequence(Get, Error(503, "unavailable"), Json(200, IntegrationJson));
        var options = new OpenAppClientOptions
        {
            ApiKey = _fake.ApiKey,
            OrganizationId = TestKeys.Org,
            TimeProvider = _clock,
            Retry = { MaxRetries = 0, AttemptTimeout = null, OverallTimeout = null },
        };
        using var client = new OpenAppClient(options);
        options.Retry.MaxRetries = 5;

        await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));
        Assert.Single(Log);
    }

    [Fact]
    public void Defaults_match_the_documented_table()
    {
        var defaults = new OpenAppClientOptions().Retry;
        Assert.Equal(3, defaults.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), defaults.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.MaxDelay);
        Assert.True(defaults.UseJitter);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), defaults.OverallTimeout);
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "resilience.md"));
        foreach (var row in new[] { "| `MaxRetries` | 3 |", "| `BaseDelay` | 1 s |", "| `MaxDelay` | 30 s |", "| `UseJitter` | true |",
                     "| `MaxRetryAfter` | 60 s |", "| `AttemptTimeout` | 30 s |", "| `OverallTimeout` | 2 min |" })
        {
            Assert.Contains(row, doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HttpClient_timeout_is_infinite_so_the_pipeline_owns_timeouts()
    {
        using var http = new HttpClient();
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = _fake.ApiKey }, http);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenApp.Integrations.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
