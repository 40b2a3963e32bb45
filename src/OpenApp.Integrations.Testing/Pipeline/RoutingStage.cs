using OpenApp.Integrations.Testing.Overrides;
using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>Answers requests that match no operation (404, or 405 when another method has the path) and notes a test's override of the one matched.</summary>
internal sealed class RoutingStage : IRequestStage
{
    private readonly OverrideTable _overrides;

    public RoutingStage(OverrideTable overrides)
    {
        _overrides = overrides;
    }

    public ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        if (exchange.Route is not { } route)
        {
            return ValueTask.FromResult(exchange.PathExists
                ? FakeResult.Error(405, "method_not_allowed", $"{exchange.Method} is not allowed on {exchange.RawPath}.")
                : FakeResult.Error(404, "not_found", $"No OpenApp route {exchange.Method} {exchange.RawPath}."));
        }

        exchange.Override = _overrides.Find(route.Operation.OperationId);
        return next(exchange);
    }
}
