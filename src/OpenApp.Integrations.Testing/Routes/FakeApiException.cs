using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>An error answer: the status and the <c>ApiErrorResponse</c> body (<c>message</c>, <c>error_code</c>, <c>details</c>).</summary>
internal sealed class FakeApiException : Exception
{
    public FakeApiException(int status, string errorCode, string message, JsonNode? details = null)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        Details = details;
    }

    public FakeApiException()
        : this(500, "internal_error", "Internal error.")
    {
    }

    public FakeApiException(string message)
        : this(500, "internal_error", message)
    {
    }

    public FakeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        ErrorCode = "internal_error";
    }

    public int Status { get; }

    public string ErrorCode { get; }

    public JsonNode? Details { get; }

    /// <summary>The <c>ApiErrorResponse</c> body.</summary>
    public JsonObject ToBody()
    {
        var body = new JsonObject { ["message"] = Message, ["error_code"] = ErrorCode };
        if (Details is not null)
        {
            body["details"] = Details.DeepClone();
        }

        return body;
    }

    /// <summary>400 naming the field that is wrong.</summary>
    public static FakeApiException InvalidField(string field, string problem, string errorCode = "validation_error") =>
        new(400, errorCode, $"Invalid request: '{field}' {problem}.", new JsonObject { ["field"] = field, ["problem"] = problem });

    /// <summary>404 for an id this organization does not have.</summary>
    public static FakeApiException NotFound(string what, string id) =>
        new(404, "not_found", $"No {what} with id '{id}' in this organization.");
}
