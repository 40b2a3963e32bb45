using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>Puts the request in the request log as it arrived, with credentials and <c>secrets</c> redacted.</summary>
internal sealed class RecordStage
{
    private readonly RequestLog _log;
    private readonly TimeProvider _clock;

    public RecordStage(RequestLog log, TimeProvider clock)
    {
        _log = log;
        _clock = clock;
    }

    public void Record(FakeExchange exchange)
    {
        var request = exchange.Http.Request;
        exchange.Record = new RecordedRequest(
            request.Method,
            exchange.RawPath,
            exchange.RawQuery,
            exchange.Query,
            RecordHeaders(request.Headers),
            request.ContentType,
            BodyForLog(request.ContentType, exchange.Body, exchange.File),
            exchange.Route?.Operation.OperationId,
            _clock.GetUtcNow())
        {
            FaultInjected = exchange.Fault is not null,
        };
        _log.Add(exchange.Record);
    }

    private static Dictionary<string, string> RecordHeaders(IHeaderDictionary headers)
    {
        var recorded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            recorded[name] = RequestLog.RedactHeader(name, values.ToString());
        }

        return recorded;
    }

    private static string? BodyForLog(string? contentType, byte[] body, Routes.UploadedFile? file)
    {
        if (file is not null)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"multipart/form-data: part '{file.PartName}', file '{file.FileName}', {file.ContentType}, {file.Data.Length} bytes");
        }

        if (body.Length == 0)
        {
            return null;
        }

        if (contentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
        {
            return string.Create(CultureInfo.InvariantCulture, $"multipart body without a 'file' part, {body.Length} bytes");
        }

        return RequestLog.RedactJson(Encoding.UTF8.GetString(body));
    }
}
