using System.Globalization;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// One OpenApp call, described as a value: method, path template and its parameters, query, headers, body, the
/// statuses that mean success and the operation's name. <see cref="OpenAppTransport"/> turns it into HTTP.
/// </summary>
/// <remarks>
/// Every path parameter becomes exactly one escaped path segment (<c>a/b</c> goes out as <c>a%2Fb</c>,
/// <c>..</c> as <c>%2E%2E</c>), so no id can reach another route. Query values that are null are left out.
/// Use it through <c>client.Transport.SendAsync(spec, ...)</c> to call routes the SDK does not wrap yet.
/// </remarks>
public sealed class RequestSpec
{
    private static readonly int[] s_ok = { 200 };
    private static readonly IReadOnlyList<KeyValuePair<string, string>> s_none = Array.Empty<KeyValuePair<string, string>>();
    private static readonly HashSet<string> s_reservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "X-API-Key", "X-Org", "User-Agent", "Idempotency-Key", "X-Correlation-Id", "X-OpenApp-Confirm",
        "Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection",
    };

    /// <summary>The largest page the server serves.</summary>
    public const int MaxLimit = 200;

    // Created on first use: most calls have one path parameter, few have extra query keys, fewer extra headers.
    private List<KeyValuePair<string, string>>? _pathParameters;
    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _headers;
    private string? _organizationId;
    private string? _idempotencyKey;
    private string? _correlationId;
    private string? _confirmationToken;

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

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template, e.g. <c>/integrations/{id}/access-portals/{portal_id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The operation's name, e.g. <c>update_integration_access_portal</c>.</summary>
    public string OperationName { get; }

    /// <summary>Whether the route needs <c>X-Org</c> (all /integrations routes but the two provider-type ones).</summary>
    public bool RequiresOrganization { get; init; } = true;

    /// <summary>The statuses that mean success; any other status raises an exception. Defaults to 200.</summary>
    public IReadOnlyList<int> SuccessStatuses { get; init; } = s_ok;

    /// <summary>The organization for this call; null uses the transport's.</summary>
    public string? OrganizationId
    {
        get => _organizationId;
        set => _organizationId = Checked(value, nameof(OrganizationId));
    }

    /// <summary>
    /// The bundle's <c>output_options</c> object; when set, written first as the three lowercase boolean keys
    /// <c>include_deleted</c>, <c>only_deleted</c>, <c>include_metadata</c> (never as <c>output_options=...</c>).
    /// </summary>
    public MultiResourceOutputOptionsQuery? OutputOptions { get; set; }

    /// <summary>
    /// The bundle's <c>pagination</c> object; when set, written after the output options as <c>limit</c> and
    /// <c>offset</c> (null members are left out). Limit must be 1 to 200 and offset 0 or more.
    /// </summary>
    public PaginationQuery? Pagination { get; set; }

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

    /// <summary>The query parameters after the output options and pagination, in order.</summary>
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
    /// <exception cref="ArgumentException">The value is blank, or the template has no such placeholder.</exception>
    public RequestSpec WithPathParameter(string name, string value)
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
    public RequestSpec WithQuery(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
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
    public RequestSpec WithQuery(string name, bool? value) =>
        WithQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds an integer query parameter; null is left out.</summary>
    /// <param name="name">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This spec.</returns>
    public RequestSpec WithQuery(string name, long? value) =>
        WithQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a header.</summary>
    /// <param name="name">A header the SDK does not own (not auth, X-Org, User-Agent, ...).</param>
    /// <param name="value">Its value, without CR or LF.</param>
    /// <returns>This spec.</returns>
    public RequestSpec WithHeader(string name, string value)
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
            WithHeader(name, value);
        }

        return this;
    }

    /// <summary>The path and query, relative to the API root, e.g. <c>/integrations/a%2Fb?include_deleted=false</c>.</summary>
    /// <exception cref="InvalidOperationException">A placeholder is not bound.</exception>
    public string BuildPathAndQuery() => BuildUri(string.Empty, out _);

    /// <summary>The path alone (no query), for error messages and telemetry that must not carry query text.</summary>
    internal string BuildPath()
    {
        var text = new UriTextBuilder(stackalloc char[256]);
        try
        {
            AppendPath(ref text);
            return text.ToString();
        }
        finally
        {
            text.Dispose();
        }
    }

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
        var first = true;
        if (OutputOptions is { } output)
        {
            Append(ref text, ref first, "include_deleted", output.IncludeDeleted ? "true" : "false");
            Append(ref text, ref first, "only_deleted", output.OnlyDeleted ? "true" : "false");
            Append(ref text, ref first, "include_metadata", output.IncludeMetadata ? "true" : "false");
        }

        if (Pagination is { } page)
        {
            if (page.Limit is { } limit)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, "Pagination.Limit");
                ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit, "Pagination.Limit");
                AppendKey(ref text, ref first, "limit");
                text.Append(limit);
            }

            if (page.Offset is { } offset)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(offset, "Pagination.Offset");
                AppendKey(ref text, ref first, "offset");
                text.Append(offset);
            }
        }

        if (_query is { } query)
        {
            foreach (var (name, value) in query)
            {
                Append(ref text, ref first, name, value);
            }
        }

        static void Append(ref UriTextBuilder text, ref bool first, string name, string value)
        {
            AppendKey(ref text, ref first, name);
            text.AppendEscaped(value);
        }

        static void AppendKey(ref UriTextBuilder text, ref bool first, string name)
        {
            text.Append(first ? '?' : '&');
            text.AppendEscaped(name);
            text.Append('=');
            first = false;
        }
    }

    /// <summary>Escapes a value as one path segment; "." and ".." are escaped too so they stay data, not navigation.</summary>
    internal static string EscapeSegment(string value) => value switch
    {
        "." => "%2E",
        ".." => "%2E%2E",
        _ => Uri.EscapeDataString(value),
    };

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
