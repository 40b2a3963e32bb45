using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Faults;

/// <summary>
/// Faults are aimed at execute_integration_op (a POST without an Idempotency-Key) where a failure must reach the
/// caller: the SDK never retries such a call, so these tests hold with or without the retry pipeline.
/// </summary>
public class FaultInjectionTests : IClassFixture<FakeServerFixture>
{
    private const string Op = "execute_integration_op";
    private readonly FakeOpenAppServer _server;

    public FaultInjectionTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_next_request_fails_with_the_status_then_the_fake_serves_normally()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { IncludeProviderDemoDevices = true });
        var fault = _server.FailNext(1, 503, route: Op);

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RunOpAsync(id, "open_door"));
        var second = await client.Integrations.RunOpAsync(id, "open_door");

        Assert.Equal(503, error.Status);
        Assert.Equal("service_unavailable", error.ErrorCode);
        Assert.Equal(200, second.Status);
        Assert.Equal(1, fault.Served);
        Assert.Equal(0, fault.Remaining);
        var requests = _server.RequestsFor(Op);
        Assert.Equal(new[] { 503, 200 }, requests.Select(r => r.ResponseStatus));
        Assert.Equal(new[] { true, false }, requests.Select(r => r.FaultInjected));
    }

    [Fact]
    public async Task A_429_carries_Retry_After_in_whole_seconds()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { IncludeProviderDemoDevices = true });
        _server.FailNext(1, 429, route: Op, retryAfter: TimeSpan.FromMilliseconds(1500));

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RunOpAsync(id, "sync_devices"));

        Assert.Equal(429, error.Status);
        Assert.Equal("rate_limited", error.ErrorCode);
        Assert.Equal("2", error.ResponseHeaders["Retry-After"]);
        Assert.Equal(TimeSpan.FromSeconds(2), error.Details.RetryAfter);
    }

    [Fact]
    public async Task A_fault_limited_to_a_route_leaves_other_routes_alone()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { IncludeProviderDemoDevices = true });
        var fault = _server.FailNext(2, 500, route: "POST /integrations/{id}/ops/{op_id}");

        await client.Integrations.ListAsync();
        await client.Integrations.ListOpsAsync(id);
        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RunOpAsync(id, "open_door"));
        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RunOpAsync(id, "open_door"));
        await client.Integrations.RunOpAsync(id, "open_door");

        Assert.Equal(2, fault.Served);
        Assert.Equal(new[] { 200, 200, 500, 500, 200 }, _server.Requests.Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task A_dropped_connection_reaches_the_caller_as_a_transport_error()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { IncludeProviderDemoDevices = true });
        _server.FailNext(1, 503, route: Op, dropConnection: true);

        await Assert.ThrowsAnyAsync<OpenAppTransportException>(() => client.Integrations.RunOpAsync(id, "open_door"));

        var logged = Assert.Single(_server.RequestsFor(Op));
        Assert.True(logged.FaultInjected);
        Assert.Equal(0, logged.ResponseStatus);
    }

    [Fact]
    public async Task First_attempt_faults_fail_each_correlation_id_once()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { IncludeProviderDemoDevices = true });
        var fault = _server.FailFirstAttempts(503, route: Op);
        var callA = new OpenAppRequestOptions { CorrelationId = "call-a" };
        var callB = new OpenAppRequestOptions { CorrelationId = "call-b" };

        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RunOpAsync(id, "open_door", requestOptions: callA));
        await client.Integrations.RunOpAsync(id, "open_door", requestOptions: callA);
        await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RunOpAsync(id, "open_door", requestOptions: callB));
        fault.Cancel();
        await client.Integrations.RunOpAsync(id, "open_door", requestOptions: new OpenAppRequestOptions { CorrelationId = "call-c" });

        Assert.Equal(2, fault.Served);
        Assert.Equal(new[] { 503, 200, 503, 200 }, _server.Requests.Select(r => r.ResponseStatus));
        Assert.Equal(new[] { "call-a", "call-a", "call-b", "call-c" }, _server.Requests.Select(r => r.CorrelationId));
    }

    [Fact]
    public void Bad_fault_arguments_are_rejected_naming_the_parameter()
    {
        Assert.Equal("route", Assert.Throws<ArgumentException>(() => _server.FailNext(1, 503, route: "no_such_operation")).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => _server.FailNext(1, 200)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => _server.FailNext(0, 503)).ParamName);
    }

    [Fact]
    public async Task ClearFaults_and_Reset_cancel_pending_faults()
    {
        using var client = _server.CreateClient();
        var fault = _server.FailNext(5, 500);

        _server.ClearFaults();
        await client.Integrations.ListAsync();

        Assert.Equal(0, fault.Served);
        Assert.Equal(0, fault.Remaining);
    }
}
