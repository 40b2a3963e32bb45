namespace OpenApp.Integrations.Testing;

/// <summary>
/// The request an override callback answers: the operation, path values, query, headers and body (as the request
/// log keeps them: credentials and <c>secrets</c> values redacted), and a way to let the fake answer it after all.
/// </summary>
public sealed class OverrideRequest
{
    private readonly RecordedRequest _recorded;
    private readonly Func<Task<OverrideResponse>> _fallBack;
    private int _fellBack;

    internal OverrideRequest(
        string operationId,
        RecordedRequest recorded,
        IReadOnlyDictionary<string, string> pathValues,
        Func<Task<OverrideResponse>> fallBack,
        CancellationToken requestAborted)
    {
        OperationId = operationId;
        _recorded = recorded;
        PathValues = pathValues;
        _fallBack = fallBack;
        RequestAborted = requestAborted;
    }

    /// <summary>The bundle operationId the request matched, e.g. <c>get_integration</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method.</summary>
    public string Method => _recorded.Method;

    /// <summary>The path exactly as sent (still escaped), e.g. <c>/api/v1/integrations/a%2Fb</c>.</summary>
    public string Path => _recorded.Path;

    /// <summary>The path parameters by the template's names, unescaped: <c>PathValues["id"]</c> is <c>a/b</c> for <c>a%2Fb</c>.</summary>
    public IReadOnlyDictionary<string, string> PathValues { get; }

    /// <summary>The query parameters, unescaped, in the order sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => _recorded.QueryParameters;

    /// <summary>The request headers (names case-insensitive); <c>X-API-Key</c> and <c>Authorization</c> values are redacted.</summary>
    public IReadOnlyDictionary<string, string> Headers => _recorded.Headers;

    /// <summary>The body as JSON text with <c>secrets</c> values redacted (a summary for multipart uploads), or null.</summary>
    public string? Body => _recorded.Body;

    /// <summary>The <c>X-Org</c> header, if sent.</summary>
    public string? OrganizationId => _recorded.OrganizationId;

    /// <summary>Signalled when the client goes away.</summary>
    public CancellationToken RequestAborted { get; }

    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header name (any case).</param>
    public string? Header(string name) => _recorded.Header(name);

    /// <summary>The first value of a query parameter, or null.</summary>
    /// <param name="name">The key (exact case).</param>
    public string? QueryValue(string name) => _recorded.QueryValue(name);

    /// <summary>
    /// Lets the fake answer the request as it would without the override (idempotency, the route's handler and its
    /// state, the check against the bundle; the credential and <c>X-Org</c> checks too when the override skipped
    /// them). The callback may return that answer, change it, or return another one; the fake's state changes
    /// either way. At most once per request.
    /// </summary>
    /// <returns>The fake's answer.</returns>
    /// <exception cref="InvalidOperationException">Called a second time for the same request.</exception>
    public Task<OverrideResponse> FallBackToFakeAsync()
    {
        if (Interlocked.Exchange(ref _fellBack, 1) != 0)
        {
            throw new InvalidOperationException("FallBackToFakeAsync runs the fake's handler once per request; keep the answer of the first call.");
        }

        return _fallBack();
    }

    /// <summary>E.g. <c>GET /api/v1/integrations/01H... (get_integration)</c>; never headers or body.</summary>
    public override string ToString() => $"{Method} {Path} ({OperationId})";
}
