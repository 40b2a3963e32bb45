using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using static OpenApp.Integrations.Tests.Resilience.ServerScript;

namespace OpenApp.Integrations.Tests.Resilience;

/// <summary>
/// The attempt timer on the real system clock, where the SDK reuses one timer source per thread between attempts
/// (other clocks get a fresh one each time). Short real timeouts against a server that answers late; what is
/// asserted is the outcome, never how long it took.
/// </summary>
public sealed class SystemClockTimeoutTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public SystemClockTimeoutTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/slow").UsingGet())
            .RespondWith(Json(200, IntegrationJson).WithDelay(TimeSpan.FromSeconds(2)));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .RespondWith(Json(200, IntegrationJson));
    }

    [Fact]
    public async Task A_late_answer_times_the_attempt_out_on_the_system_clock()
    {
        using var client = Client(attemptTimeout: TimeSpan.FromMilliseconds(100));

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => client.Integrations.GetAsync("slow"));

        var timeout = Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Contains("attempt timeout", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caller_cancelling_is_a_cancellation_not_a_timeout()
    {
        using var client = Client(attemptTimeout: TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Integrations.GetAsync("slow", cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Reused_timers_do_not_carry_a_cancellation_into_later_calls()
    {
        using var client = Client(attemptTimeout: TimeSpan.FromSeconds(30));

        // A timer cancelled through the caller's token it is linked to is never reused; disarmed ones are. Either
        // way every later call on the thread must start with a live timer.
        for (var i = 0; i < 50; i++)
        {
            using var cancelled = new CancellationTokenSource();
            var doomed = client.Integrations.GetAsync("slow", cancellationToken: cancelled.Token);
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed);

            var response = await client.Integrations.GetAsync("i1", cancellationToken: CancellationToken.None);
            Assert.Equal("i1", response.Value.Id);
        }
    }

    private OpenAppClient Client(TimeSpan attemptTimeout) => _fake.CreateClient(configure: options =>
        options.Retry = new global::OpenApp.Integrations.OpenAppRetryOptions { MaxRetries = 0, AttemptTimeout = attemptTimeout });
}
