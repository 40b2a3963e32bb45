using System.Globalization;
using System.Text;
using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// Puts the answer on the wire and notes its status in the request log. API answers carry <c>X-Request-Id</c> and
/// echo the caller's <c>X-Correlation-Id</c>, as the server's do.
/// </summary>
internal sealed class ResponseWriter
{
    private long _requestCounter;

    public async Task WriteAsync(FakeExchange exchange, FakeResult result)
    {
        if (result.DropsConnection)
        {
            exchange.Http.Abort();
            return;
        }

        var response = exchange.Http.Response;
        response.StatusCode = result.Status;
        if (result.CarriesRequestIds)
        {
            response.Headers["X-Request-Id"] = "req_" + Interlocked.Increment(ref _requestCounter).ToString(CultureInfo.InvariantCulture);
            if (exchange.Header("X-Correlation-Id") is { } correlationId)
            {
                response.Headers["X-Correlation-Id"] = correlationId;
            }
        }

        foreach (var (name, value) in result.Headers)
        {
            response.Headers[name] = value;
        }

        exchange.Record.ResponseStatus = result.Status;
        var body = result.Bytes ?? (result.Body is null ? null : Encoding.UTF8.GetBytes(result.Body));
        if (body is not null)
        {
            response.ContentType = result.ContentType;
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, exchange.Aborted).ConfigureAwait(false);
        }
    }
}
