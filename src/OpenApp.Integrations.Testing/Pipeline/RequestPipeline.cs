using Microsoft.AspNetCore.Http;
using OpenApp.Integrations.Testing.Faults;
using OpenApp.Integrations.Testing.Overrides;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// Every request the fake receives, in the order a real server handles it: read and recorded on arrival, then the
/// stages below, each of which may answer instead of passing it on, then written back.
/// </summary>
internal sealed class RequestPipeline : IDisposable
{
    private readonly RequestReader _reader;
    private readonly FaultStage _faults;
    private readonly RecordStage _record;
    private readonly IdempotencyStage _idempotency;
    private readonly NextStage _stages;
    private readonly ResponseWriter _writer = new();

    public RequestPipeline(
        FakeStore store,
        FakeOpenAppServerOptions options,
        RouteTable routes,
        FaultPlan faults,
        OverrideTable overrides,
        RequestLog log,
        string secret,
        Func<Uri> baseUrl)
    {
        _reader = new RequestReader(routes);
        _faults = new FaultStage(faults, options.TimeProvider);
        _record = new RecordStage(log, options.TimeProvider);
        _idempotency = new IdempotencyStage(store);
        var credentials = new CredentialStage(secret, options.AcceptedBearerTokens.ToArray());
        _stages = Compose(
            _faults,                                       // an injected delay, then an error status or a dropped connection
            new ImageStage(store),                         // GET /images/{file}: uploaded images, no credentials needed
            new RoutingStage(overrides),                   // 404 / 405 when no operation matches; a test's override noted
            credentials,                                   // 401 without valid credentials, 403 without X-Org
            new ValidationStage(options.RejectUnknownQueryParameters), // 400 naming the query key or body field
            new OverrideStage(credentials),                // a test's canned answer or callback instead of the fake's
            _idempotency,                                  // a repeated Idempotency-Key gets the first answer again
            new ContractStage(options.ValidateResponses),  // the handler's answer checked against the bundle (500 if not)
            new HandlerStage(store, options, baseUrl));    // the operation's handler, under the store's lock
    }

    public async Task HandleAsync(HttpContext http)
    {
        var exchange = await _reader.ReadAsync(http).ConfigureAwait(false);
        _faults.Arm(exchange);      // before the log shows the request: a test may advance a fake clock as soon as it does
        _record.Record(exchange);
        try
        {
            var result = await _stages(exchange).ConfigureAwait(false);
            await _writer.WriteAsync(exchange, result).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (exchange.Aborted.IsCancellationRequested)
        {
            // The client went away (e.g. it cancelled while a fault delayed the answer): nothing to answer.
        }
    }

    public void Dispose() => _idempotency.Dispose();

    private static NextStage Compose(params IRequestStage[] stages)
    {
        NextStage next = _ => throw new InvalidOperationException("The last stage must answer.");
        for (var i = stages.Length - 1; i >= 0; i--)
        {
            var stage = stages[i];
            var after = next;
            next = exchange => stage.InvokeAsync(exchange, after);
        }

        return next;
    }
}
