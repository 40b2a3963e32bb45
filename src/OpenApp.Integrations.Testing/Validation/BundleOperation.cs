using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Validation;

/// <summary>One operation of the bundle, as far as the fake needs it: where it lives and what it accepts.</summary>
internal sealed class BundleOperation
{
    public BundleOperation(
        string method,
        string pathTemplate,
        string operationId,
        bool requiresOrganization,
        IReadOnlyList<QueryParameterRule> queryParameters,
        string? requestContentType,
        JsonNode? requestSchema,
        IReadOnlyDictionary<int, JsonNode?> responseSchemas)
    {
        Method = method;
        PathTemplate = pathTemplate;
        OperationId = operationId;
        RequiresOrganization = requiresOrganization;
        QueryParameters = queryParameters;
        RequestContentType = requestContentType;
        RequestSchema = requestSchema;
        ResponseSchemas = responseSchemas;
        Segments = pathTemplate.Trim('/').Split('/');
        LiteralSegmentCount = Segments.Count(s => !s.StartsWith('{'));
    }

    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>The path template under the API root, e.g. <c>/integrations/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The bundle's operationId.</summary>
    public string OperationId { get; }

    /// <summary>Whether the bundle requires <c>X-Org</c>.</summary>
    public bool RequiresOrganization { get; }

    /// <summary>The flat query keys the operation accepts (object parameters expanded).</summary>
    public IReadOnlyList<QueryParameterRule> QueryParameters { get; }

    /// <summary>The request body's media type, or null when the operation takes no body.</summary>
    public string? RequestContentType { get; }

    /// <summary>The request body's schema (refs still pointing at components), or null.</summary>
    public JsonNode? RequestSchema { get; }

    /// <summary>The JSON schema of each documented response status (null when the bundle gives none).</summary>
    public IReadOnlyDictionary<int, JsonNode?> ResponseSchemas { get; }

    /// <summary>The template's segments, e.g. <c>integrations</c>, <c>{id}</c>.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>How many segments are literal; the more, the more specific the route.</summary>
    public int LiteralSegmentCount { get; }

    /// <summary>The statuses the bundle documents as success.</summary>
    public IEnumerable<int> SuccessStatuses => ResponseSchemas.Keys.Where(s => s is >= 200 and < 300);

    /// <summary>E.g. <c>GET /integrations/{id} (get_integration)</c>.</summary>
    public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";
}
