using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Tour;

namespace OpenApp.Integrations.Testing.Tests.Faults;

/// <summary>
/// A flaky server (every first attempt fails with 503 or 429) that the SDK's retry policy gets through. Clients from
/// the fake retry without backoff, so nothing waits.
/// </summary>
public class RetryScenarioTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public RetryScenarioTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_get_that_fails_once_with_503_succeeds_on_the_retry_with_the_same_correlation_id()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        _server.FailNext(1, 503, route: "get_integration");

        var read = await client.Integrations.GetAsync(id);

        Assert.Equal(id, read.Value.Id);
        var attempts = _server.RequestsFor("get_integration");
        Assert.Equal(new[] { 503, 200 }, attempts.Select(r => r.ResponseStatus));
        Assert.Single(attempts.Select(r => r.CorrelationId).Distinct());
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task The_tour_completes_against_a_server_that_fails_every_first_attempt(int status)
    {
        FakeMode.Seed(_server);
        using var client = _server.CreateClient();
        var fault = _server.FailFirstAttempts(status);

        await TourRunner.RunAsync(client, TextWriter.Null);

        Assert.True(fault.Served >= 30);
        // Every call ends in a success: the retries hid every fault, and the tour makes no call the server refuses.
        Assert.All(_server.Requests.GroupBy(r => r.CorrelationId), call => Assert.Contains(call, r => r.ResponseStatus is >= 200 and < 300));
    }
}
