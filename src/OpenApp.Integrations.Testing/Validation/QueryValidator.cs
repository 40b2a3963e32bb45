using System.Globalization;
using OpenApp.Integrations.Testing.Routes;

namespace OpenApp.Integrations.Testing.Validation;

/// <summary>
/// Checks the query of a request against the operation's flat keys, the way a strict server does: unknown keys
/// (<c>output_options=...</c>, <c>pagination[limit]</c>, camelCase <c>includeDeleted</c>) are rejected rather than
/// ignored, so client bugs show up in tests instead of in production.
/// </summary>
internal static class QueryValidator
{
    private const string FlatKeysHint = "send the flat keys include_deleted, only_deleted, limit and offset";

    public static Dictionary<string, string> Validate(
        BundleOperation operation,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        bool rejectUnknown)
    {
        var rules = operation.QueryParameters.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (!rules.TryGetValue(name, out var rule))
            {
                if (rejectUnknown)
                {
                    throw FakeApiException.InvalidField(name, UnknownKeyProblem(operation, name), "unknown_query_parameter");
                }

                continue;
            }

            if (!values.TryAdd(name, value))
            {
                throw FakeApiException.InvalidField(name, "is repeated");
            }

            Check(rule, value);
        }

        foreach (var rule in operation.QueryParameters.Where(r => r.Required && !values.ContainsKey(r.Name)))
        {
            throw FakeApiException.InvalidField(rule.Name, "is required");
        }

        return values;
    }

    private static void Check(QueryParameterRule rule, string value)
    {
        switch (rule.Type)
        {
            case QueryValueType.Boolean when value is not ("true" or "false"):
                throw FakeApiException.InvalidField(rule.Name, $"must be true or false (lower case), not '{value}'");
            case QueryValueType.Integer:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    throw FakeApiException.InvalidField(rule.Name, $"must be an integer, not '{value}'");
                }

                if (rule.Minimum is { } minimum && number < minimum)
                {
                    throw FakeApiException.InvalidField(rule.Name, $"must be {minimum} or more");
                }

                break;
        }
    }

    private static string UnknownKeyProblem(BundleOperation operation, string name)
    {
        var accepted = operation.QueryParameters.Count == 0
            ? "this operation takes no query parameters"
            : "accepted: " + string.Join(", ", operation.QueryParameters.Select(r => r.Name));
        if (name is "output_options" or "pagination" || name.Contains('[', StringComparison.Ordinal))
        {
            return $"is not a query parameter of {operation.OperationId}; {FlatKeysHint}";
        }

        if (name.Any(char.IsUpper))
        {
            return $"is not a query parameter of {operation.OperationId}; keys are snake_case ({accepted})";
        }

        return $"is not a query parameter of {operation.OperationId} ({accepted})";
    }
}
