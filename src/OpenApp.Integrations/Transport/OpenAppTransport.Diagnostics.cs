using OpenApp.Integrations.Diagnostics;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// The transport's logging and telemetry: a span, a duration and log lines per call, and per attempt. Kept apart from
/// the HTTP and error code so that each reads on its own; the transport calls in at two points (the call and each
/// attempt).
/// </summary>
public partial class OpenAppTransport
{
    /// <summary>
    /// Starts the telemetry of one call; the caller disposes it when the call ends. Null when no span listener, no
    /// enabled instrument and no enabled log level would see any of it: then a call costs no telemetry at all.
    /// </summary>
    private OperationScope? StartOperation(PreparedCall call)
    {
        var diagnostics = Pipeline.Diagnostics;
        if (!diagnostics.IsObserved)
        {
            return null;
        }

        var scope = diagnostics.StartOperation(call);
        call.Diagnostics = scope;
        return scope;
    }

    /// <summary>Sends one attempt over the HTTP client, recording it in the call's telemetry.</summary>
    private async Task<HttpResponseMessage> SendInstrumentedAsync(HttpRequestMessage request, OperationScope scope, CancellationToken cancellationToken)
    {
        var httpClient = Pipeline.HttpClient;
        var started = scope.AttemptStarting(request);
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            scope.AttemptFailed(ex, started);
            throw;
        }

        try
        {
            await scope.AttemptCompletedAsync(response, started, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Only body logging reads here; a failure to buffer is this attempt's failure.
            response.Dispose();
            throw;
        }

        return response;
    }
}
