namespace OpenApp.Integrations.Operations;

/// <summary>
/// What the contract says about one operation: method, route, whether it needs <c>X-Org</c>, the success statuses it
/// declares, its query keys and request headers. The generator writes one per operation of the bundle
/// (<c>Generated/Operations/OpenAppOperations.g.cs</c>), so a façade method never types a route fact by hand.
/// </summary>
internal sealed class OperationInfo
{
    /// <summary>Describes an operation (called by the generated table).</summary>
    /// <param name="operationId">The bundle's operationId, e.g. <c>get_integration</c>.</param>
    /// <param name="method">The HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="pathTemplate">The route under the API root, e.g. <c>/integrations/{id}</c>.</param>
    /// <param name="requiresOrganization">Whether the contract declares a required <c>X-Org</c> header.</param>
    /// <param name="successStatuses">The 2xx statuses the contract declares, e.g. <c>[200, 204]</c>.</param>
    /// <param name="queryParameters">Every query key the contract allows on the wire (exploded objects flattened).</param>
    /// <param name="requestHeaders">Request headers the contract declares besides <c>X-Org</c>, e.g. <c>Idempotency-Key</c>.</param>
    /// <param name="requestContentType">The request body's media type, or null when the operation takes none.</param>
    public OperationInfo(
        string operationId,
        string method,
        string pathTemplate,
        bool requiresOrganization,
        IReadOnlyList<int> successStatuses,
        IReadOnlyList<string> queryParameters,
        IReadOnlyList<string> requestHeaders,
        string? requestContentType)
    {
        OperationId = operationId;
        Method = ToHttpMethod(method);
        PathTemplate = pathTemplate;
        RequiresOrganization = requiresOrganization;
        SuccessStatuses = successStatuses;
        QueryParameters = queryParameters;
        RequestHeaders = requestHeaders;
        RequestContentType = requestContentType;
        DeclaresIdempotencyKey = requestHeaders.Contains("Idempotency-Key", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The bundle's operationId, e.g. <c>get_integration</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The route under the API root, with <c>{name}</c> placeholders.</summary>
    public string PathTemplate { get; }

    /// <summary>Whether the contract requires the <c>X-Org</c> header.</summary>
    public bool RequiresOrganization { get; }

    /// <summary>The 2xx statuses the contract declares (any 2xx is accepted; these document what to expect).</summary>
    public IReadOnlyList<int> SuccessStatuses { get; }

    /// <summary>The query keys the contract allows; the SDK never sends another.</summary>
    public IReadOnlyList<string> QueryParameters { get; }

    /// <summary>Request headers the contract declares besides <c>X-Org</c>.</summary>
    public IReadOnlyList<string> RequestHeaders { get; }

    /// <summary>The request body's media type, or null.</summary>
    public string? RequestContentType { get; }

    /// <summary>Whether the contract declares <c>Idempotency-Key</c>: the SDK then sends one on every call, so retries are safe.</summary>
    public bool DeclaresIdempotencyKey { get; }

    /// <summary>Whether <paramref name="name"/> is one of <see cref="QueryParameters"/>.</summary>
    /// <param name="name">A query key.</param>
    public bool DeclaresQueryParameter(string name)
    {
        foreach (var declared in QueryParameters)
        {
            if (string.Equals(declared, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The shared instances, so comparisons with HttpMethod.Get and friends are reference checks.
    private static HttpMethod ToHttpMethod(string method) => method.ToUpperInvariant() switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "PATCH" => HttpMethod.Patch,
        "HEAD" => HttpMethod.Head,
        _ => new HttpMethod(method),
    };

    /// <summary>The method and route, e.g. <c>GET /integrations/{id} (get_integration)</c>.</summary>
    public override string ToString() => Method.Method + " " + PathTemplate + " (" + OperationId + ")";
}
