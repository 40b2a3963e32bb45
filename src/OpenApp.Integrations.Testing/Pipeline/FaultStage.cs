using System.Globalization;
using OpenApp.Integrations.Testing.Faults;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// Injected faults (<see cref="FakeOpenAppServer.FailNext"/> and friends): a delay on the fake's clock, then a dropped
/// connection, an error status, or the normal answer.
/// </summary>
internal sealed class FaultStage : IRequestStage
{
    private readonly FaultPlan _faults;
    private readonly TimeProvider _clock;

    public FaultStage(FaultPlan faults, TimeProvider clock)
    {
        _faults = faults;
        _clock = clock;
    }

    /// <summary>
    /// Chooses the request's fault and starts its delay. Runs on arrival, before the request shows in the log: a
    /// test that waits for the request and then advances a fake clock must find the delay's timer already there.
    /// </summary>
    public void Arm(FakeExchange exchange)
    {
        exchange.Fault = _faults.Take(exchange.Route?.Operation.OperationId, exchange.Header("X-Correlation-Id"));
        if (exchange.Fault?.Delay is { } delay)
        {
            exchange.FaultDelay = Task.Delay(delay, _clock, exchange.Aborted);
        }
    }

    public async ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        if (exchange.Fault is not { } fault)
        {
            return await next(exchange).ConfigureAwait(false);
        }

        await exchange.FaultDelay.ConfigureAwait(false);
        if (fault.DropConnection)
        {
            return FakeResult.DroppedConnection;
        }

        return fault.Status == 0 ? await next(exchange).ConfigureAwait(false) : Answer(fault);
    }

    private static FakeResult Answer(InjectedFault fault)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (fault.RetryAfter is { } retryAfter)
        {
            var seconds = (long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
            headers.Add(new KeyValuePair<string, string>("Retry-After", seconds.ToString(CultureInfo.InvariantCulture)));
        }

        var code = fault.Status switch
        {
            429 => "rate_limited",
            503 => "service_unavailable",
            _ => "injected_fault",
        };
        return FakeResult.From(
            new FakeApiException(fault.Status, code, $"Injected fault: status {fault.Status} from FakeOpenAppServer."),
            headers.ToArray());
    }
}
