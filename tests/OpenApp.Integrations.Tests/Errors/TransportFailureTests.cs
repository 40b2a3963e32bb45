using System.Net;
using System.Net.Sockets;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static OpenApp.Integrations.Tests.Resilience.ServerScript;

namespace OpenApp.Integrations.Tests.Errors;

/// <summary>No response at all: faults, refused connections, TLS failures and timeouts become OpenAppTransportException.</summary>
public sealed class TransportFailureTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;
    private readonly TestClock _clock = new();

    public TransportFailureTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    /// <summary>Requests that stall or are delayed go here: the server logs them only when they end, possibly
    /// during a later test of this class, so the request counts below leave them out.</summary>
    private static IRequestBuilder Slow => Request.Create().WithPath("/api/v1/integrations/slow").UsingGet();

    private List<WireMock.Logging.ILogEntry> Log =>
        _fake.Server.LogEntries.Where(e => e.RequestMessage!.Path != "/api/v1/integrations/slow").ToList();

    private static IRequestBuilder Get => Request.Create().WithPath("/api/v1/integrations/i1").UsingGet();

    [Fact]
    public async Task An_empty_200_is_a_success_without_a_value_not_retried()
    {
        // WireMock.Net's EMPTY_RESPONSE is a 200 with no body: the server did what was asked and sent nothing back.
        _fake.Server.Given(Get).RespondWith(Json(200, IntegrationJson).WithFault(FaultType.EMPTY_RESPONSE));
        using var client = _fake.CreateClient(_clock);

        var response = await _clock.DriveAsync(client.Integrations.GetAsync("i1", new ReadOptions { IncludeDeleted = true }));

        Assert.Equal(200, response.Status);
        Assert.False(response.HasValue);
        var ex = Assert.Throws<InvalidOperationException>(() => response.Value);
        Assert.Contains("HasValue", ex.Message, StringComparison.Ordinal);
        Assert.Single(Log);
    }

    [Fact]
    public async Task WireMock_malformed_chunk_fault_is_a_serialization_exception_with_an_excerpt()
    {
        // WireMock.Net's MALFORMED_RESPONSE_CHUNK sends half the body followed by random bytes.
        _fake.Server.Given(Get).RespondWith(Json(200, IntegrationJson).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        using var client = _fake.CreateClient(_clock);

        var ex = await Assert.ThrowsAsync<OpenAppSerializationException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(200, ex.Status);
        Assert.StartsWith("{\"id", ex.BodyExcerpt, StringComparison.Ordinal);
        Assert.Contains("status 200", ex.Message, StringComparison.Ordinal);
        Assert.Single(Log);
    }

    [Fact]
    public async Task A_connection_closed_without_a_response_is_a_transport_exception()
    {
        using var server = new RawHttpServer(string.Empty);
        using var client = RawClient(server, maxRetries: 0);

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal("get_integration", ex.OperationName);

        // SocketsHttpHandler itself resends a body-less request whose connection closed before any byte came back.
        Assert.NotEmpty(server.Requests);
    }

    [Fact]
    public async Task A_response_cut_off_in_its_head_is_retried_for_a_get()
    {
        using var server = new RawHttpServer("HTTP/1.1 200 OK\r\nContent-Ty", RawHttpServer.Ok(IntegrationJson));
        using var client = RawClient(server, maxRetries: 3);

        var integration = await _clock.DriveAsync(client.Integrations.GetAsync("i1"));

        Assert.Equal("i1", integration.Value.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.Single(_clock.Armed);
    }

    [Fact]
    public async Task A_body_cut_off_mid_way_is_retried_and_then_a_transport_exception()
    {
        using var server = new RawHttpServer(RawHttpServer.Truncated(IntegrationJson[..30], 500));
        using var client = RawClient(server, maxRetries: 1);

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(0, ex.Status);
        Assert.True(ex.InnerException is HttpRequestException or IOException, ex.InnerException?.GetType().Name);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_connection_closed_on_a_post_without_a_key_is_not_retried()
    {
        using var server = new RawHttpServer(string.Empty, RawHttpServer.Ok("{}"));
        using var client = RawClient(server, maxRetries: 3);

        await Assert.ThrowsAsync<OpenAppTransportException>(() => _clock.DriveAsync(client.Integrations.RunOpAsync("i1", "open")));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_exception_after_the_retries()
    {
        var port = ClosedPort();
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = $"http://127.0.0.1:{port}_openapp_{TestKeys.Secret}",
            OrganizationId = TestKeys.Org,
            TimeProvider = _clock,
            Retry = { MaxRetries = 2, UseJitter = false, AttemptTimeout = null, OverallTimeout = null },
        });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1")));

        Assert.Equal(0, ex.Status);
        var cause = Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.IsType<SocketException>(cause.InnerException);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, _clock.Armed);
    }

    [Fact]
    public async Task A_tls_failure_is_a_transport_exception()
    {
        // WireMock speaks plain HTTP: an https client fails the TLS handshake.
        var origin = new Uri(_fake.Server.Urls[0]);
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = $"https://127.0.0.1:{origin.Port}_openapp_{TestKeys.Secret}",
            OrganizationId = TestKeys.Org,
            TimeProvider = _clock,
            Retry = { MaxRetries = 0 },
        });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task A_server_delay_longer_than_the_attempt_timeout_times_the_attempt_out()
    {
        _fake.Server.Given(Slow).RespondWith(Json(200, IntegrationJson).WithDelay(TimeSpan.FromSeconds(3)));
        using var client = _fake.CreateClient(_clock, r =>
        {
            r.MaxRetries = 0;
            r.AttemptTimeout = TimeSpan.FromSeconds(1);
        });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => _clock.DriveAsync(client.Integrations.GetAsync("slow")));

        Assert.Equal(0, ex.Status);
        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1) }, _clock.Armed);
    }

    [Fact]
    public async Task A_timed_out_attempt_is_retried_and_the_retry_can_succeed()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Server.Sequence(Slow, Stall(arrived, release.Task), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock, r =>
        {
            r.AttemptTimeout = TimeSpan.FromSeconds(2);
            r.BaseDelay = TimeSpan.FromSeconds(3);
        });
        try
        {
            // Time out the first attempt only once the server holds it (advancing earlier would cancel a request that
            // never arrived, and the stall would go to the second attempt); then let the backoff delay pass. The second
            // attempt answers at once, so its own timeout is never advanced.
            var call = client.Integrations.GetAsync("slow");
            Assert.Equal(TimeSpan.FromSeconds(2), await _clock.NextArmedAsync().WaitAsync(TimeSpan.FromSeconds(30)));
            await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            _clock.Advance(TimeSpan.FromSeconds(2));
            var integration = await _clock.DriveAsync(call, due => due == TimeSpan.FromSeconds(3));

            Assert.Equal("i1", integration.Value.Id); // the body the second answer carries
            Assert.True(arrived.Task.IsCompleted);

            // First attempt's timeout, the backoff, the second attempt's timeout (which never fired).
            Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2) }, _clock.Armed);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task The_overall_timeout_bounds_the_whole_call()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Server.Given(Slow).RespondWith(Stall(arrived, release.Task));
        using var client = _fake.CreateClient(_clock, r => r.OverallTimeout = TimeSpan.FromSeconds(10));
        try
        {
            var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => _clock.DriveAsync(client.Integrations.GetAsync("slow")));

            Assert.Equal(0, ex.Status);
            Assert.IsType<TimeoutException>(ex.InnerException);
            Assert.Equal(new[] { TimeSpan.FromSeconds(10) }, _clock.Armed);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task A_retry_whose_wait_would_outlast_the_overall_timeout_is_not_made()
    {
        _fake.Server.Given(Get).RespondWith(Error(503, "unavailable"));
        using var client = _fake.CreateClient(_clock, r =>
        {
            r.OverallTimeout = TimeSpan.FromSeconds(5);
            r.BaseDelay = TimeSpan.FromSeconds(20);
            r.MaxDelay = TimeSpan.FromSeconds(20);
        });

        // The 20 s backoff could only end in a timeout: the call ends at once with the 503 it got. No timer is advanced
        // (a wait would hang DriveAsync until its guard fails the test).
        var ex = await Assert.ThrowsAsync<OpenAppServerException>(() => _clock.DriveAsync(client.Integrations.GetAsync("i1"), _ => false));

        Assert.Equal(503, ex.Status);
        Assert.Equal("unavailable", ex.ErrorCode);
        Assert.Single(Log);
        Assert.Equal(new[] { TimeSpan.FromSeconds(5) }, _clock.Armed); // the first attempt's timer only: no wait
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
    }

    [Fact]
    public async Task Each_attempt_gets_what_is_left_of_the_overall_timeout()
    {
        _fake.Server.Sequence(Get, Error(503, "unavailable"), Error(503, "unavailable"), Json(200, IntegrationJson));
        using var client = _fake.CreateClient(_clock, r =>
        {
            r.OverallTimeout = TimeSpan.FromSeconds(10);
            r.AttemptTimeout = TimeSpan.FromSeconds(7);
            r.BaseDelay = TimeSpan.FromSeconds(3);
        });

        // Only the waits are advanced; the attempts answer at once (advancing their timers would time them out).
        var integration = await _clock.DriveAsync(client.Integrations.GetAsync("i1"), due => due == TimeSpan.FromSeconds(3) || due == TimeSpan.FromSeconds(6));

        Assert.Equal("i1", integration.Value.Id);
        Assert.Equal(3, Log.Count);

        // Attempt 1: the attempt timeout (7 s < 10 s left); wait 3 s; attempt 2: 7 s (7 s left); a wait of 6 s leaves
        // 1 s, so it is made; attempt 3 gets the 1 s left of the overall timeout, not a full attempt timeout.
        Assert.Equal(
            new[] { TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(1) },
            _clock.Armed);
    }

    [Fact]
    public async Task An_attempt_cut_short_by_the_overall_timeout_is_not_retried()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Server.Given(Slow).RespondWith(Stall(arrived, release.Task));
        using var client = _fake.CreateClient(_clock, r =>
        {
            r.OverallTimeout = TimeSpan.FromSeconds(4);
            r.AttemptTimeout = TimeSpan.FromSeconds(30);
            r.BaseDelay = TimeSpan.Zero;
        });
        try
        {
            // Time runs out once the server holds the request; a retry would arm another timer and never end.
            var call = client.Integrations.GetAsync("slow");
            Assert.Equal(TimeSpan.FromSeconds(4), await _clock.NextArmedAsync().WaitAsync(TimeSpan.FromSeconds(30)));
            await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            _clock.Advance(TimeSpan.FromSeconds(4));
            var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));

            var timeout = Assert.IsType<TimeoutException>(ex.InnerException);
            Assert.Contains("overall timeout", timeout.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { TimeSpan.FromSeconds(4) }, _clock.Armed); // no wait, no second attempt's timer
        }
        finally
        {
            release.TrySetResult();
        }
    }

    private OpenAppClient RawClient(RawHttpServer server, int maxRetries) => new(new OpenAppClientOptions
    {
        ApiKey = $"http://127.0.0.1:{server.Port}_openapp_{TestKeys.Secret}",
        OrganizationId = TestKeys.Org,
        TimeProvider = _clock,
        Retry = { MaxRetries = maxRetries, UseJitter = false, AttemptTimeout = null, OverallTimeout = null },
    });

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
