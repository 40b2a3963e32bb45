using System.Globalization;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// One request the fake received, for assertions: method, path, query, headers and body as they arrived, which
/// operation it matched and what was answered. Credentials and <c>secrets</c> values are redacted.
/// </summary>
public sealed class RecordedRequest
{
    /// <summary>The text that replaces credentials and secret values.</summary>
    public const string Redacted = "[redacted]";

    private int _responseStatus;

    internal RecordedRequest(
        string method,
        string path,
        string query,
        IReadOnlyList<KeyValuePair<string, string>> queryParameters,
        IReadOnlyDictionary<string, string> headers,
        string? contentType,
        string? body,
        string? operationId,
        DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        QueryParameters = queryParameters;
        Headers = headers;
        ContentType = contentType;
        Body = body;
        OperationId = operationId;
        ReceivedAt = receivedAt;
    }

    /// <summary>The HTTP method, e.g. <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The path exactly as sent (still escaped), e.g. <c>/api/v1/integrations/a%2Fb</c>.</summary>
    public string Path { get; }

    /// <summary>The query exactly as sent, without the leading <c>?</c>; empty when there is none.</summary>
    public string Query { get; }

    /// <summary>The query parameters, unescaped, in the order sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters { get; }

    /// <summary>The request headers (names case-insensitive). <c>X-API-Key</c> and <c>Authorization</c> values are redacted.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The request's Content-Type, if any.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// The body: JSON text with every non-null <c>secrets</c> value replaced by <see cref="Redacted"/>, or a summary
    /// of a multipart body; null when there was none.
    /// </summary>
    public string? Body { get; }

    /// <summary>The bundle operationId the request matched, or null (unknown route).</summary>
    public string? OperationId { get; }

    /// <summary>The <c>X-Org</c> header, if sent.</summary>
    public string? OrganizationId => Header("X-Org");

    /// <summary>The <c>X-Correlation-Id</c> header, if sent (the same on every retry of one call).</summary>
    public string? CorrelationId => Header("X-Correlation-Id");

    /// <summary>The <c>Idempotency-Key</c> header, if sent.</summary>
    public string? IdempotencyKey => Header("Idempotency-Key");

    /// <summary>When the request arrived, on the fake's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The status answered; 0 while the request is in progress or when the connection was dropped.</summary>
    public int ResponseStatus
    {
        get => Volatile.Read(ref _responseStatus);
        internal set => Volatile.Write(ref _responseStatus, value);
    }

    /// <summary>Whether an injected fault answered (or delayed) this request.</summary>
    public bool FaultInjected { get; internal set; }

    /// <summary>Whether a test's override (<see cref="FakeOpenAppServer.Override(string, OverrideResponse, bool)"/>) answered this request.</summary>
    public bool Overridden { get; internal set; }

    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header name (any case).</param>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The first value of a query parameter, or null.</summary>
    /// <param name="name">The key (exact case).</param>
    public string? QueryValue(string name) =>
        QueryParameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Value;

    /// <summary>E.g. <c>GET /api/v1/integrations?limit=2 -> 200 (list_integrations)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : string.Empty)} -> {ResponseStatus} ({OperationId ?? "no route"})");
}
