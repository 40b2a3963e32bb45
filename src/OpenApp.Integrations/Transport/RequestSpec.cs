using System.Globalization;
using OpenApp.Integrations.Operations;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// One OpenApp call, described as a value: method, path template and its parameters, query, headers, body and the
/// operation's name. <see cref="OpenAppTransport"/> turns it into HTTP. Its members that change it are named as
/// mutators (<c>Set...</c>, <c>Add...</c>, <c>Apply</c>) and return the same spec, for chaining.
/// </summary>
/// <remarks>
/// Every path parameter becomes exactly one escaped path segment (<c>a/b</c> goes out as <c>a%2Fb</c>); the values
/// <c>.</c> and <c>..</c> are rejected, so no id can reach another route. Query values that are null are left out.
/// Any 2xx status is a success. Use it through <c>client.Transport.SendAsync(spec, ...)</c> to call routes the SDK
/// does not wrap yet.
/// </remarks>
public sealed class RequestSpec
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> s_none = Array.Empty<KeyValuePair<string, string>>();
    private static readonly HashSet<string> s_reservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "X-API-Key", "X-Org", "User-Agent", "Idempotency-Key", "X-Correlation-Id", "X-OpenApp-Confirm",
        "Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection",
    };

    // Created on first use: most calls have one path parameter, few have extra query keys, fewer extra headers.
    private List<KeyValuePair<string, string>>? _pathParameters;
    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _headers;
    private string? _organizationId;
    private string? _idempotencyKey;
    private string? _correlationId;
    private string? _confirmationToken;
    private readonly OperationInfo? _operation;

    /// <summary>Describes a call.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path under the API root with <c>{name}</c> placeholders, e.g. <c>/integrations/{id}</c>.</param>
    /// <param name="operationName">The operation's name (the bundle's operationId), used in errors and telemetry.</param>
    public RequestSpec(HttpMethod method, string pathTemplate, string operationName)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        ArgumentException.ThrowIfNullOrWhiteSpace(operationName);
        if (pathTemplate[0] != '/')
        {
            throw new ArgumentException("A path template starts with '/'.", nameof(pathTemplate));
        }

        Method = method;
        PathTemplate = pathTemplate;
        OperationName = operationName;
    }

    /// <summary>
    /// Describes a call to an operation of the contract: its method, route, name and <c>X-Org</c> requirement come
    /// from the generated table, only the query keys the contract declares may be added, and an operation that
    /// declares <c>Idempotency-Key</c> gets a fresh key (the same on every attempt of this call).
    /// </summary>
    /// <param name="operation">The operation, from <c>OpenAppOperations</c>.</param>
    internal RequestSpec(OperationInfo operation)
    {
        _operation = operation;
        Method = operation.Method;
        PathTemplate = operation.PathTemplate;
        OperationName = operation.OperationId;
        RequiresOrganization = operation.RequiresOrganization;
        if (operation.DeclaresIdempotencyKey)
        {
            _idempotencyKey = Guid.NewGuid().ToString("N");
        }
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template, e.g. <c>/integrations/{id}/access-portals/{portal_id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The operation's name, e.g. <c>update_integration_access_portal</c>.</summary>
    public string OperationName { get; }

    /// <summary>Whether the route needs <c>X-Org</c> (all /integrations routes but the two provider-type ones).</summary>
    public bool RequiresOrganization { get; init; } = true;

    /// <summary>The organization for this call; null uses the transport's.</summary>
    public string? OrganizationId
    {
        get => _organizationId;
        set => _organizationId = Checked(value, nameof(OrganizationId));
    }

    /// <summary>The request body, if any.</summary>
    public RequestBody? Body { get; set; }

    /// <summary><c>Idempotency-Key</c>; a POST is retried only when it has one.</summary>
    public string? IdempotencyKey
    {
        get => _idempotencyKey;
        set => _idempotencyKey = Checked(value, nameof(IdempotencyKey));
    }

    /// <summary><c>X-Correlation-Id</c>; made up by the transport when null.</summary>
    public string? CorrelationId
    {
        get => _correlationId;
        set => _correlationId = Checked(value, nameof(CorrelationId));
    }

    /// <summary><c>X-OpenApp-Confirm</c>: the preview token that confirms a <c>confirmation_required</c> call.</summary>
    public string? ConfirmationToken
    {
        get => _confirmationToken;
        set => _confirmationToken = Checked(value, nameof(ConfirmationToken));
    }

    /// <summary>The path parameters bound so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> PathParameters => _pathParameters ?? s_none;

    /// <summary>The query parameters, in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => _query ?? s_none;

    /// <summary>Extra headers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers ?? s_none;

    /// <summary>Whether a retry cannot duplicate a write: GET, PUT, DELETE, HEAD, or anything with an idempotency key.</summary>
    public bool IsIdempotent =>
        Method != HttpMethod.Post && Method != HttpMethod.Patch || IdempotencyKey is not null;

    /// <summary>Binds the path placeholder <c>{name}</c>.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">Its value: not null, empty or blank.</param>
    /// <returns>This spec.</returns>
    /// <exception cref="ArgumentException">The value is blank, <c>.</c> or <c>..</c>, or the template has no such placeholder.</exception>
    public RequestSpec SetPathParameter(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The path parameter '{name}' must not be null, empty or blank.", name);
        }

        if (value is "." or "..")
        {
            // System.Uri decodes "%2E%2E" and removes the dot segment: the call would reach another route.
            throw new ArgumentException($"The path parameter '{name}' must not be '.' or '..'.", name);
        }

        if (!HasPlaceholder(PathTemplate, name))
        {
            throw new ArgumentException($"The path template '{PathTemplate}' has no '{{{name}}}'.", nameof(name));
        }

        (_pathParameters ??= new List<KeyValuePair<string, string>>(1)).Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>Adds a string query parameter; null is left out.</summary>
    /// <param name="name">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This spec.</returns>
    /// <exception cref="InvalidOperationException">The spec was made for a contract operation that does not declare the key.</exception>
    public RequestSpec AddQuery(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_operation is not null && !_operation.DeclaresQueryParameter(name))
        {
            // A bug in a façade, never the caller's input: the SDK sends no key the contract does not declare.
            throw new InvalidOperationException($"'{name}' is not a query parameter of {_operation}.");
        }

        if (value is not null)
        {
            (_query ??= new List<KeyValuePair<string, string>>()).Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    /// <summary>Adds a boolean query parameter as <c>true</c>/<c>false</c>; null is left out.</summary>
    /// <param name="name">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This spec.</returns>
    public RequestSpec AddQuery(string name, bool? value) =>
        AddQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds an integer query parameter; null is left out.</summary>
    /// <param name="name">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This spec.</returns>
    public RequestSpec AddQuery(string name, long? value) =>
        AddQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a header.</summary>
    /// <param name="name">A header the SDK does not own (not auth, X-Org, User-Agent, ...).</param>
    /// <param name="value">Its value, without CR or LF.</param>
    /// <returns>This spec.</returns>
    public RequestSpec AddHeader(string name, string value)
    {
        HeaderValueGuard.ThrowIfInvalidName(name, nameof(name));
        HeaderValueGuard.ThrowIfInvalid(value, nameof(value));
        if (s_reservedHeaders.Contains(name))
        {
            throw new ArgumentException($"The header '{name}' is set by the SDK; use the matching option instead.", nameof(name));
        }

        (_headers ??= new List<KeyValuePair<string, string>>()).Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>Copies per-call options (organization, idempotency key, correlation id, confirmation, headers) onto the spec.</summary>
    /// <param name="options">The options; null changes nothing.</param>
    /// <returns>This spec.</returns>
    public RequestSpec Apply(OpenAppRequestOptions? options)
    {
        if (options is null)
        {
            return this;
        }

        if (options.OrganizationId is not null)
        {
            OrganizationId = options.OrganizationId;
        }

        if (options.IdempotencyKey is not null)
        {
            IdempotencyKey = options.IdempotencyKey;
        }

        if (options.CorrelationId is not null)
        {
            CorrelationId = options.CorrelationId;
        }

        if (options.ConfirmationToken is not null)
        {
            ConfirmationToken = options.ConfirmationToken;
        }

        foreach (var (name, value) in options.Headers)
        {
            AddHeader(name, value);
        }

        return this;
    }

    /// <summary>The path and query, relative to the API root, e.g. <c>/integrations/a%2Fb?include_deleted=false</c>.</summary>
    /// <exception cref="InvalidOperationException">A placeholder is not bound.</exception>
    public string BuildPathAndQuery() => BuildUri(string.Empty, out _);

    /// <summary>
    /// <paramref name="root"/> followed by the path and query, built into one string; <paramref name="pathEnd"/> is
    /// where the query starts (the length when there is none), so the path-only URI is a prefix of it.
    /// </summary>
    internal string BuildUri(string root, out int pathEnd)
    {
        var text = new UriTextBuilder(stackalloc char[256]);
        try
        {
            text.Append(root);
            AppendPath(ref text);
            pathEnd = text.Length;
            AppendQuery(ref text);
            return text.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

    private void AppendPath(ref UriTextBuilder text)
    {
        var template = PathTemplate.AsSpan();
        while (!template.IsEmpty)
        {
            var open = template.IndexOf('{');
            if (open < 0)
            {
                text.Append(template);
                break;
            }

            text.Append(template[..open]);
            var close = template[open..].IndexOf('}');
            if (close < 0)
            {
                throw new InvalidOperationException($"The path template '{PathTemplate}' has an unclosed '{{'.");
            }

            text.Append(EscapeSegment(FindPathValue(template.Slice(open + 1, close - 1))));
            template = template[(open + close + 1)..];
        }
    }

    // "{name}" appears in the template (without building that string for every call).
    private static bool HasPlaceholder(string template, string name)
    {
        var rest = template.AsSpan();
        int at;
        while ((at = rest.IndexOf(name, StringComparison.Ordinal)) >= 0)
        {
            var end = at + name.Length;
            if (at > 0 && rest[at - 1] == '{' && end < rest.Length && rest[end] == '}')
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    private string FindPathValue(ReadOnlySpan<char> name)
    {
        if (_pathParameters is { } parameters)
        {
            foreach (var (key, value) in parameters)
            {
                if (name.SequenceEqual(key))
                {
                    return value;
                }
            }
        }

        throw new InvalidOperationException($"The path parameter '{name}' of '{PathTemplate}' is not set.");
    }

    private void AppendQuery(ref UriTextBuilder text)
    {
        if (_query is not { } query)
        {
            return;
        }

        for (var i = 0; i < query.Count; i++)
        {
            var (name, value) = query[i];
            text.Append(i == 0 ? '?' : '&');
            text.AppendEscaped(name);
            text.Append('=');
            text.AppendEscaped(value);
        }
    }

    // One path segment: '/' and every other reserved character escaped ("." and ".." never get here).
    private static string EscapeSegment(string value) => Uri.EscapeDataString(value);

    private static string? Checked(string? value, string name)
    {
        if (value is not null)
        {
            HeaderValueGuard.ThrowIfInvalid(value, name);
        }

        return value;
    }

    /// <summary>The method and path template, e.g. <c>GET /integrations/{id}</c>; never values or secrets.</summary>
    public override string ToString() => Method.Method + " " + PathTemplate;
}
