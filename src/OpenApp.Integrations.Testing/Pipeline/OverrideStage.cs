using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// A test's override of the operation (<see cref="FakeOpenAppServer.Override(string, OverrideResponse, bool)"/>)
/// answers instead of the fake. Its callback may fall back to the rest of the pipeline: idempotency, the handler and
/// the contract check (after the access checks the override skipped, if it skipped them).
/// </summary>
internal sealed class OverrideStage : IRequestStage
{
    private readonly CredentialStage _credentials;

    public OverrideStage(CredentialStage credentials)
    {
        _credentials = credentials;
    }

    public async ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        if (exchange.Override is not { } entry)
        {
            return await next(exchange).ConfigureAwait(false);
        }

        exchange.Record.Overridden = true;
        var operationId = exchange.Route!.Operation.OperationId;
        var request = new OverrideRequest(operationId, exchange.Record, exchange.Route.Values, () => FallBackAsync(exchange, entry, next), exchange.Aborted);
        OverrideResponse? response;
        try
        {
            response = await entry.RespondAsync(request).ConfigureAwait(false);
        }
        catch (Exception ex) when (!exchange.Aborted.IsCancellationRequested)
        {
            // The test's own code failed: say so in the answer the test sees, instead of an empty 500 from Kestrel.
            return FakeResult.Error(500, "override_failed", $"The override of {operationId} threw {ex.GetType().Name}: {ex.Message}");
        }

        return response?.ToResult()
            ?? FakeResult.Error(500, "override_failed", $"The override of {operationId} returned no answer (null).");
    }

    private async Task<OverrideResponse> FallBackAsync(FakeExchange exchange, OperationOverride entry, NextStage next)
    {
        if (!entry.ChecksCredentialsAndOrganization && _credentials.Check(exchange) is { } denied)
        {
            return OverrideResponse.From(denied);
        }

        return OverrideResponse.From(await next(exchange).ConfigureAwait(false));
    }
}
