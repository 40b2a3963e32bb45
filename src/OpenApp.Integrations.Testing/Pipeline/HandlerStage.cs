using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>The end of the pipeline: the operation's route handler, run under the store's lock.</summary>
internal sealed class HandlerStage : IRequestStage
{
    private readonly FakeStore _store;
    private readonly FakeOpenAppServerOptions _options;
    private readonly Func<Uri> _baseUrl;

    public HandlerStage(FakeStore store, FakeOpenAppServerOptions options, Func<Uri> baseUrl)
    {
        _store = store;
        _options = options;
        _baseUrl = baseUrl;
    }

    public ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        var request = exchange.Checked!;
        var handler = RouteHandlers.All[request.Operation.OperationId];
        lock (_store.Sync)
        {
            var context = new RouteContext { Store = _store, Options = _options, BaseUrl = _baseUrl(), Now = _store.Now };
            try
            {
                return ValueTask.FromResult(FakeResult.From(handler(request, context)));
            }
            catch (FakeApiException error)
            {
                return ValueTask.FromResult(FakeResult.From(error));
            }
        }
    }
}
