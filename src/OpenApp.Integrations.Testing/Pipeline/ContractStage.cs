using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// Checks each answer of a handler against the bundle's response schema for its status. A mismatch is a bug in the
/// fake, not in the caller: it is answered as 500 <c>fake_contract_violation</c> rather than handed to the SDK.
/// </summary>
internal sealed class ContractStage : IRequestStage
{
    private readonly bool _enabled;

    public ContractStage(bool enabled)
    {
        _enabled = enabled;
    }

    public async ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        var result = await next(exchange).ConfigureAwait(false);
        var operation = exchange.Route!.Operation;
        if (!_enabled || result.IsError || result.Body is null ||
            !operation.ResponseSchemas.TryGetValue(result.Status, out var schema) || schema is null)
        {
            return result;
        }

        var problems = await SchemaValidator.ValidateAsync($"response:{operation.OperationId}:{result.Status}", schema, result.Body)
            .ConfigureAwait(false);
        if (problems.Count == 0)
        {
            return result;
        }

        return FakeResult.Error(
            500,
            "fake_contract_violation",
            $"FakeOpenAppServer produced a {operation.OperationId} response that breaks the bundle: " +
            string.Join("; ", problems.Select(p => $"'{p.Field}' {p.Problem}")));
    }
}
