using Microsoft.Extensions.Time.Testing;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Faults;

/// <summary>Delays run on the fake's clock: the test moves it, nothing sleeps.</summary>
public class DelayTests : IClassFixture<DelayTests.Fixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly Fixture _fixture;
    private readonly FakeOpenAppServer _server;

    public DelayTests(Fixture fixture)
    {
        _fixture = fixture;
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_delayed_request_is_answered_when_the_fake_clock_passes_the_delay()
    {
        using var client = _server.CreateClient();
        using var timeout = new CancellationTokenSource(s_timeout);
        _server.DelayNext(1, TimeSpan.FromMinutes(10), route: "list_integrations");

        var call = client.Integrations.ListAsync(cancellationToken: timeout.Token);
        var arrived = await _server.WaitForRequestAsync(r => r.OperationId == "list_integrations", timeout.Token);
        Assert.False(call.IsCompleted);
        Assert.Equal(0, arrived.ResponseStatus);
        _fixture.Time.Advance(TimeSpan.FromMinutes(10));
        var page = await call;

        Assert.Equal(200, page.Status);
        Assert.True(arrived.FaultInjected);
        Assert.Equal(200, arrived.ResponseStatus);
    }

    [Fact]
    public async Task A_caller_that_gives_up_during_a_delay_gets_its_cancellation()
    {
        using var client = _server.CreateClient();
        using var timeout = new CancellationTokenSource(s_timeout);
        using var giveUp = new CancellationTokenSource();
        _server.FailNext(1, 503, route: "list_integrations", delay: TimeSpan.FromHours(1));

        var call = client.Integrations.ListAsync(cancellationToken: giveUp.Token);
        await _server.WaitForRequestAsync(r => r.OperationId == "list_integrations", timeout.Token);
        giveUp.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    public sealed class Fixture : FakeServerFixture
    {
        public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));

        protected override FakeOpenAppServerOptions Options => new() { TimeProvider = Time };
    }
}
