using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace OpenApp.Integrations.Testing.Validation;

/// <summary>One thing wrong with a JSON document: where (a field path such as <c>schedules[0].valid_from</c>) and what.</summary>
/// <param name="Field">The field path, or <c>(body)</c> for the document itself.</param>
/// <param name="Problem">A short description, e.g. <c>is required</c>.</param>
internal sealed record SchemaProblem(string Field, string Problem);

/// <summary>
/// Checks JSON text against a schema of the bundle with NJsonSchema. NJsonSchema reads JSON Schema, not OpenAPI, so
/// each schema is lifted into a document whose <c>definitions</c> are the bundle's <c>components/schemas</c>.
/// Compiled schemas are cached for the process.
/// </summary>
internal static class SchemaValidator
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> s_cache = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="json"/> against <paramref name="schema"/> (a node from the bundle).</summary>
    /// <param name="cacheKey">Identifies the schema, e.g. <c>request:create_integration</c>.</param>
    /// <param name="schema">The schema node.</param>
    /// <param name="json">The document.</param>
    /// <returns>The problems; empty when the document is valid.</returns>
    public static async Task<IReadOnlyList<SchemaProblem>> ValidateAsync(string cacheKey, JsonNode schema, string json)
    {
        var compiled = await s_cache.GetOrAdd(cacheKey, _ => new Lazy<Task<JsonSchema>>(() => CompileAsync(schema))).Value
            .ConfigureAwait(false);
        var problems = new List<SchemaProblem>();
        Collect(compiled.Validate(json), problems);
        return problems;
    }

    private static Task<JsonSchema> CompileAsync(JsonNode schema)
    {
        var document = new JsonObject
        {
            ["allOf"] = new JsonArray(schema.DeepClone()),
            ["definitions"] = BundleContract.Instance.Schemas.DeepClone(),
        };
        var text = document.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(text);
    }

    // allOf failures (the wrapper, IntegrationResponse = allOf[Integration, ...]) and array items only say "something
    // inside failed": the field that failed is deeper, so flatten them. oneOf/anyOf failures (no single branch to
    // blame) are reported at the field that has them.
    private static void Collect(IEnumerable<ValidationError> errors, List<SchemaProblem> problems)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && error.Kind is not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf))
            {
                Collect(child.Errors.SelectMany(e => e.Value), problems);
            }
            else if (error is MultiTypeValidationError multi && TypeOf(error.Token) is { } actual &&
                multi.Errors.TryGetValue(actual, out var branch) && branch.Count > 0)
            {
                // type: ["array", "null"] and an array came: what is wrong is inside the array, not its type.
                Collect(branch, problems);
            }
            else
            {
                problems.Add(ToProblem(error));
            }
        }
    }

    private static JsonObjectType? TypeOf(Newtonsoft.Json.Linq.JToken? token) => token?.Type switch
    {
        Newtonsoft.Json.Linq.JTokenType.Array => JsonObjectType.Array,
        Newtonsoft.Json.Linq.JTokenType.Object => JsonObjectType.Object,
        Newtonsoft.Json.Linq.JTokenType.String => JsonObjectType.String,
        Newtonsoft.Json.Linq.JTokenType.Integer => JsonObjectType.Integer,
        Newtonsoft.Json.Linq.JTokenType.Float => JsonObjectType.Number,
        Newtonsoft.Json.Linq.JTokenType.Boolean => JsonObjectType.Boolean,
        _ => null,
    };

    private static SchemaProblem ToProblem(ValidationError error)
    {
        var path = error.Path ?? string.Empty;
        var field = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        return new SchemaProblem(field.Length == 0 ? "(body)" : field, Describe(error.Kind));
    }

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "is required",
        ValidationErrorKind.StringExpected => "must be a string",
        ValidationErrorKind.BooleanExpected => "must be a boolean",
        ValidationErrorKind.IntegerExpected => "must be an integer",
        ValidationErrorKind.NumberExpected => "must be a number",
        ValidationErrorKind.ArrayExpected => "must be an array",
        ValidationErrorKind.ObjectExpected => "must be an object",
        ValidationErrorKind.NullExpected => "must be null",
        ValidationErrorKind.NumberTooSmall => "is below the minimum",
        ValidationErrorKind.NumberTooBig => "is above the maximum",
        ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotAllOf =>
            "does not match the allowed shapes",
        ValidationErrorKind.DateTimeExpected => "must be an RFC 3339 date-time",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not an allowed property",
        _ => "is invalid (" + kind + ")",
    };
}
