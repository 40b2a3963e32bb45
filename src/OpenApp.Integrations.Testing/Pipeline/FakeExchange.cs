using Microsoft.AspNetCore.Http;
using OpenApp.Integrations.Testing.Routes;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// One request on its way through the pipeline: what arrived (read once by <see cref="RequestReader"/>) and what the
/// stages found out about it so far.
/// </summary>
internal sealed class FakeExchange
{
    public required HttpContext Http { get; init; }

    public string Method => Http.Request.Method;

    /// <summary>The path exactly as sent, still escaped.</summary>
    public required string RawPath { get; init; }

    /// <summary>The query exactly as sent, without the <c>?</c>.</summary>
    public required string RawQuery { get; init; }

    /// <summary>The query parameters, unescaped, in the order sent.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Query { get; init; }

    public required byte[] Body { get; init; }

    /// <summary>The <c>file</c> part of a multipart body.</summary>
    public UploadedFile? File { get; init; }

    /// <summary>The operation the path and method matched, or null.</summary>
    public RouteMatch? Route { get; init; }

    /// <summary>Whether another method has this path (405 rather than 404).</summary>
    public bool PathExists { get; init; }

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The request as the log keeps it (set by <see cref="RecordStage"/>).</summary>
    public RecordedRequest Record { get; set; } = null!;

    /// <summary>The fault this request gets, chosen on arrival (see <see cref="FaultStage"/>).</summary>
    public InjectedFault? Fault { get; set; }

    /// <summary>The fault's delay, running since arrival.</summary>
    public Task FaultDelay { get; set; } = Task.CompletedTask;

    /// <summary>The test's override of this operation, if any (found by <see cref="RoutingStage"/>).</summary>
    public OperationOverride? Override { get; set; }

    /// <summary>The checked request for the handler (built by <see cref="ValidationStage"/>).</summary>
    public FakeRequest? Checked { get; set; }

    public string? Header(string name) =>
        Http.Request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
