using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>A route that matched: the operation and the unescaped path parameters.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="Values">Path parameter values by name.</param>
internal sealed record RouteMatch(BundleOperation Operation, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Matches request paths against the bundle's templates. Each template segment matches exactly one path segment
/// (unescaped on its own, so <c>a%2Fb</c> is the id <c>a/b</c>); literal segments win over parameters, so
/// <c>/integrations/provider-types</c> is never read as <c>/integrations/{id}</c>.
/// </summary>
internal sealed class RouteTable
{
    private readonly IReadOnlyList<BundleOperation> _operations;

    public RouteTable(IEnumerable<BundleOperation> operations)
    {
        _operations = operations.OrderByDescending(o => o.LiteralSegmentCount).ToList();
    }

    /// <summary>The operation for <paramref name="method"/> and the path segments, or null.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="segments">The unescaped path segments under the API root.</param>
    /// <param name="pathExists">Whether some operation has this path (with another method): 405 rather than 404.</param>
    public RouteMatch? Match(string method, IReadOnlyList<string> segments, out bool pathExists)
    {
        pathExists = false;
        foreach (var operation in _operations)
        {
            if (TryBind(operation, segments) is not { } values)
            {
                continue;
            }

            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return new RouteMatch(operation, values);
            }

            pathExists = true;
        }

        return null;
    }

    /// <summary>
    /// The operation a test hook names: an operationId (<c>get_integration</c>), <c>METHOD /template</c> or a
    /// template alone (any method).
    /// </summary>
    public IReadOnlyList<BundleOperation> Find(string route)
    {
        var text = route.Trim();
        var byId = _operations.Where(o => string.Equals(o.OperationId, text, StringComparison.Ordinal)).ToList();
        if (byId.Count > 0)
        {
            return byId;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var method = space > 0 ? text[..space] : null;
        var template = "/" + (space > 0 ? text[(space + 1)..] : text).Trim().TrimStart('/');
        if (template.StartsWith("/api/v1/", StringComparison.Ordinal))
        {
            template = template["/api/v1".Length..];
        }

        return _operations
            .Where(o => string.Equals(o.PathTemplate, template, StringComparison.Ordinal))
            .Where(o => method is null || string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    private static Dictionary<string, string>? TryBind(BundleOperation operation, IReadOnlyList<string> segments)
    {
        if (operation.Segments.Count != segments.Count)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            var template = operation.Segments[i];
            if (template.StartsWith('{'))
            {
                if (segments[i].Length == 0)
                {
                    return null;
                }

                values[template[1..^1]] = segments[i];
            }
            else if (!string.Equals(template, segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
