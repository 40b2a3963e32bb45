using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// Checks the query and the body against the bundle (400 naming the key or field, like a strict server) and turns
/// the request into the <see cref="FakeRequest"/> a handler reads.
/// </summary>
internal sealed class ValidationStage : IRequestStage
{
    private readonly bool _rejectUnknownQueryParameters;

    public ValidationStage(bool rejectUnknownQueryParameters)
    {
        _rejectUnknownQueryParameters = rejectUnknownQueryParameters;
    }

    public async ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        try
        {
            exchange.Checked = await CheckAsync(exchange).ConfigureAwait(false);
        }
        catch (FakeApiException error)
        {
            return FakeResult.From(error);
        }

        return await next(exchange).ConfigureAwait(false);
    }

    private async Task<FakeRequest> CheckAsync(FakeExchange exchange)
    {
        var operation = exchange.Route!.Operation;
        var query = QueryValidator.Validate(operation, exchange.Query, _rejectUnknownQueryParameters);
        var json = await ReadJsonBodyAsync(operation, exchange.Http.Request.ContentType, exchange.Body).ConfigureAwait(false);
        if (operation.RequestContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true && exchange.File is null)
        {
            throw FakeApiException.InvalidField("file", "is required (a multipart/form-data part named 'file')");
        }

        return new FakeRequest
        {
            Operation = operation,
            RouteValues = exchange.Route.Values,
            Query = query,
            OrganizationId = operation.RequiresOrganization ? exchange.Header("X-Org") : null,
            Body = json,
            File = exchange.File,
            CorrelationId = exchange.Header("X-Correlation-Id"),
        };
    }

    private static async Task<JsonNode?> ReadJsonBodyAsync(BundleOperation operation, string? contentType, byte[] body)
    {
        if (operation.RequestContentType != "application/json")
        {
            return null;
        }

        var hasSchema = operation.RequestSchema is JsonObject { Count: > 0 };
        if (body.Length == 0)
        {
            return hasSchema ? throw FakeApiException.InvalidField("(body)", "is required (a JSON object)") : null;
        }

        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw FakeApiException.InvalidField("(body)", $"must be sent as application/json, not '{contentType}'", "unsupported_media_type");
        }

        string text;
        JsonNode? json;
        try
        {
            text = new UTF8Encoding(false, true).GetString(body);
            json = JsonNode.Parse(text);
        }
        catch (Exception ex) when (ex is JsonException or DecoderFallbackException)
        {
            throw FakeApiException.InvalidField("(body)", "is not valid JSON");
        }

        if (hasSchema)
        {
            var problems = await SchemaValidator.ValidateAsync("request:" + operation.OperationId, operation.RequestSchema!, text)
                .ConfigureAwait(false);
            if (problems.Count > 0)
            {
                var first = problems[0];
                throw new FakeApiException(
                    400,
                    "validation_error",
                    $"Invalid request body: '{first.Field}' {first.Problem}.",
                    new JsonObject
                    {
                        ["field"] = first.Field,
                        ["problems"] = new JsonArray(problems.Select(p => (JsonNode)new JsonObject { ["field"] = p.Field, ["problem"] = p.Problem }).ToArray()),
                    });
            }
        }

        return json;
    }
}
