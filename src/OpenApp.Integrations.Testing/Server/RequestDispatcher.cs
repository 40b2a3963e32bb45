using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenApp.Integrations.Testing.Faults;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.State;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Server;

/// <summary>
/// The fake's request pipeline, in the order a real server applies it: log, injected faults, routing, credentials,
/// organization, query and body checks, idempotency replay, the handler (under the store's lock), then a check of
/// the answer against the bundle.
/// </summary>
internal sealed class RequestDispatcher
{
    private const string ApiPrefix = "/api/v1";
    private const string ImagesPrefix = "/images/";
    private const int MaxBodyBytes = 32 * 1024 * 1024;

    private readonly FakeStore _store;
    private readonly FakeOpenAppServerOptions _options;
    private readonly RouteTable _routes;
    private readonly FaultPlan _faults;
    private readonly RequestLog _log;
    private readonly string _secret;
    private readonly Func<Uri> _baseUrl;
    private long _requestCounter;

    public RequestDispatcher(
        FakeStore store,
        FakeOpenAppServerOptions options,
        RouteTable routes,
        FaultPlan faults,
        RequestLog log,
        string secret,
        Func<Uri> baseUrl)
    {
        _store = store;
        _options = options;
        _routes = routes;
        _faults = faults;
        _log = log;
        _secret = secret;
        _baseUrl = baseUrl;
    }

    public async Task HandleAsync(HttpContext http)
    {
        var aborted = http.RequestAborted;
        var request = http.Request;
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget))
        {
            rawTarget = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        }

        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var rawQuery = question < 0 ? string.Empty : rawTarget[(question + 1)..];
        var query = ParseQuery(rawQuery);
        var body = await ReadBodyAsync(request, aborted).ConfigureAwait(false);
        var file = await ReadFileAsync(request, body, aborted).ConfigureAwait(false);

        var segments = SegmentsUnderApiRoot(rawPath);
        var pathExists = false;
        var match = segments is null ? null : _routes.Match(request.Method, segments, out pathExists);
        var record = new RecordedRequest(
            request.Method,
            rawPath,
            rawQuery,
            query,
            RecordHeaders(request.Headers),
            request.ContentType,
            BodyForLog(request.ContentType, body, file),
            match?.Operation.OperationId,
            _store.Now);

        // The fault's delay starts before the request shows in the log, so a test that waits for the request and
        // then advances a fake clock cannot advance it before the delay's timer exists.
        var fault = _faults.Take(match?.Operation.OperationId, Header(request, "X-Correlation-Id"));
        record.FaultInjected = fault is not null;
        var delayed = fault?.Delay is { } delay ? Task.Delay(delay, _options.TimeProvider, aborted) : Task.CompletedTask;
        _log.Add(record);

        try
        {
            if (fault is not null)
            {
                await delayed.ConfigureAwait(false);

                if (fault.DropConnection)
                {
                    http.Abort();
                    return;
                }

                if (fault.Status != 0)
                {
                    await WriteAsync(http, record, FaultResult(fault)).ConfigureAwait(false);
                    return;
                }
            }

            FakeResult result;
            if (rawPath.StartsWith(ImagesPrefix, StringComparison.Ordinal) && HttpMethods.IsGet(request.Method))
            {
                await ServeImageAsync(http, record, Uri.UnescapeDataString(rawPath[ImagesPrefix.Length..])).ConfigureAwait(false);
                return;
            }

            try
            {
                result = await ProcessAsync(request, rawPath, match, pathExists, query, body, file).ConfigureAwait(false);
            }
            catch (FakeApiException error)
            {
                result = FakeResult.From(error);
            }

            await WriteAsync(http, record, result).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away (e.g. it cancelled while a fault delayed the answer): nothing to answer.
        }
    }

    private async Task<FakeResult> ProcessAsync(
        HttpRequest request,
        string rawPath,
        RouteMatch? match,
        bool pathExists,
        IReadOnlyList<KeyValuePair<string, string>> query,
        byte[] body,
        UploadedFile? file)
    {
        if (match is null)
        {
            return pathExists
                ? FakeResult.Error(405, "method_not_allowed", $"{request.Method} is not allowed on {rawPath}.")
                : FakeResult.Error(404, "not_found", $"No OpenApp route {request.Method} {rawPath}.");
        }

        var operation = match.Operation;
        if (!HasValidCredentials(request))
        {
            return FakeResult.Error(401, "unauthorized", "Missing or invalid credentials: send the API key in X-API-Key (or as Authorization: Bearer).");
        }

        var organizationId = Header(request, "X-Org");
        if (operation.RequiresOrganization && string.IsNullOrWhiteSpace(organizationId))
        {
            return FakeResult.Error(403, "org_required", $"{operation.OperationId} needs the organization: send the X-Org header.");
        }

        var queryValues = QueryValidator.Validate(operation, query, _options.RejectUnknownQueryParameters);
        var json = await ReadJsonBodyAsync(operation, request.ContentType, body).ConfigureAwait(false);
        if (operation.RequestContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true && file is null)
        {
            throw FakeApiException.InvalidField("file", "is required (a multipart/form-data part named 'file')");
        }

        var fakeRequest = new FakeRequest
        {
            Operation = operation,
            RouteValues = match.Values,
            Query = queryValues,
            OrganizationId = operation.RequiresOrganization ? organizationId : null,
            Body = json,
            File = file,
            CorrelationId = Header(request, "X-Correlation-Id"),
        };

        // A write repeated with the same Idempotency-Key and body gets the first answer again, not a second write.
        var idempotencyKey = HttpMethods.IsPost(request.Method) ? Header(request, "Idempotency-Key") : null;
        var idempotencyScope = idempotencyKey is not null && fakeRequest.OrganizationId is not null
            ? (operation.OperationId, idempotencyKey)
            : default((string OperationId, string Key)?);
        var bodyHash = idempotencyScope is null ? string.Empty : Hash(rawPath, body);

        FakeResult result;
        lock (_store.Sync)
        {
            var organization = fakeRequest.OrganizationId is null ? null : _store.Organization(fakeRequest.OrganizationId);
            if (idempotencyScope is { } scope && organization!.IdempotentResults.TryGetValue(scope, out var earlier))
            {
                return earlier.BodyHash == bodyHash
                    ? new FakeResult(earlier.Status, earlier.Body, new[] { new KeyValuePair<string, string>("Idempotent-Replayed", "true") })
                    : FakeResult.Error(409, "idempotency_key_reused", "This Idempotency-Key was used with another request body.");
            }

            var context = new RouteContext { Store = _store, Options = _options, BaseUrl = _baseUrl(), Now = _store.Now };
            result = FakeResult.From(RouteHandlers.All[operation.OperationId](fakeRequest, context));
            if (idempotencyScope is { } key && result.Status is >= 200 and < 300)
            {
                organization!.IdempotentResults[key] = new IdempotentResult(bodyHash, result.Status, result.Body);
            }
        }

        return await CheckAgainstContractAsync(operation, result).ConfigureAwait(false);
    }

    private async Task<FakeResult> CheckAgainstContractAsync(BundleOperation operation, FakeResult result)
    {
        if (!_options.ValidateResponses || result.Body is null ||
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

        // A bug in the fake, not in the caller: say so loudly rather than hand out a body the SDK may misread.
        return FakeResult.Error(
            500,
            "fake_contract_violation",
            $"FakeOpenAppServer produced a {operation.OperationId} response that breaks the bundle: " +
            string.Join("; ", problems.Select(p => $"'{p.Field}' {p.Problem}")));
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

    private bool HasValidCredentials(HttpRequest request)
    {
        if (Header(request, "X-API-Key") is { } key)
        {
            return IsOurKey(key);
        }

        if (Header(request, "Authorization") is { } authorization &&
            authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            return IsOurKey(token) || _options.AcceptedBearerTokens.Any(t => SecretEquals(token, t));
        }

        return false;
    }

    // Like the server, the secret identifies the key; the origin in front of it only tells clients where to go.
    private bool IsOurKey(string key)
    {
        var at = key.IndexOf(OpenApp.Integrations.OpenAppApiKey.Separator, StringComparison.Ordinal);
        return at > 0 && SecretEquals(key[(at + OpenApp.Integrations.OpenAppApiKey.Separator.Length)..].Trim(), _secret);
    }

    private static bool SecretEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static FakeResult FaultResult(InjectedFault fault)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (fault.RetryAfter is { } retryAfter)
        {
            var seconds = (long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
            headers.Add(new KeyValuePair<string, string>("Retry-After", seconds.ToString(CultureInfo.InvariantCulture)));
        }

        var code = fault.Status switch
        {
            429 => "rate_limited",
            503 => "service_unavailable",
            _ => "injected_fault",
        };
        return FakeResult.From(
            new FakeApiException(fault.Status, code, $"Injected fault: status {fault.Status} from FakeOpenAppServer."),
            headers.ToArray());
    }

    private async Task WriteAsync(HttpContext http, RecordedRequest record, FakeResult result)
    {
        var response = http.Response;
        response.StatusCode = result.Status;
        response.Headers["X-Request-Id"] = "req_" + Interlocked.Increment(ref _requestCounter).ToString(CultureInfo.InvariantCulture);
        if (Header(http.Request, "X-Correlation-Id") is { } correlationId)
        {
            response.Headers["X-Correlation-Id"] = correlationId;
        }

        foreach (var (name, value) in result.Headers)
        {
            response.Headers[name] = value;
        }

        record.ResponseStatus = result.Status;
        if (result.Body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(result.Body);
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ServeImageAsync(HttpContext http, RecordedRequest record, string fileName)
    {
        StoredImage? image;
        lock (_store.Sync)
        {
            _store.Images.TryGetValue(fileName, out image);
        }

        if (image is null)
        {
            await WriteAsync(http, record, FakeResult.Error(404, "not_found", "No such image.")).ConfigureAwait(false);
            return;
        }

        record.ResponseStatus = 200;
        http.Response.StatusCode = 200;
        http.Response.ContentType = image.ContentType;
        http.Response.ContentLength = image.Data.Length;
        await http.Response.Body.WriteAsync(image.Data, http.RequestAborted).ConfigureAwait(false);
    }

    private static string[]? SegmentsUnderApiRoot(string rawPath)
    {
        if (!rawPath.StartsWith(ApiPrefix + "/", StringComparison.Ordinal))
        {
            return null;
        }

        // Split before unescaping, so an escaped slash stays inside its segment.
        return rawPath[(ApiPrefix.Length + 1)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
    }

    private static List<KeyValuePair<string, string>> ParseQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new KeyValuePair<string, string>(Unescape(name), Unescape(value)));
        }

        return pairs;

        static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    private static async Task<UploadedFile?> ReadFileAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        if (body.Length == 0 || !request.HasFormContentType ||
            request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            var part = form.Files.GetFile("file");
            if (part is null)
            {
                return null;
            }

            using var data = new MemoryStream();
            await part.CopyToAsync(data, cancellationToken).ConfigureAwait(false);
            return new UploadedFile(part.Name, part.FileName, part.ContentType, data.ToArray());
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A malformed multipart body: the route answers 400 for the missing file.
            return null;
        }
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

    private static string? BodyForLog(string? contentType, byte[] body, UploadedFile? file)
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

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private static string Hash(string path, byte[] body)
    {
        var pathBytes = Encoding.UTF8.GetBytes(path + "\n");
        var all = new byte[pathBytes.Length + body.Length];
        pathBytes.CopyTo(all, 0);
        body.CopyTo(all, pathBytes.Length);
        return Convert.ToHexString(SHA256.HashData(all));
    }
}
