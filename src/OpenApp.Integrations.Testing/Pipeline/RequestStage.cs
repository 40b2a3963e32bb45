using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>The rest of the pipeline after a stage.</summary>
/// <param name="exchange">The request.</param>
/// <returns>The answer the later stages give.</returns>
internal delegate ValueTask<FakeResult> NextStage(FakeExchange exchange);

/// <summary>
/// One step of the fake's request pipeline (<see cref="RequestPipeline"/>): it answers the request itself (an error,
/// a canned answer) or passes it on to <c>next</c>, and may look at or change what comes back.
/// </summary>
internal interface IRequestStage
{
    ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next);
}
