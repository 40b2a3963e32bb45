using System.Globalization;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// The answer an override gives: a status, an optional body and extra headers. It goes out exactly as given, not
/// checked against the bundle, so a test can also send what the SDK must cope with (a gateway's HTML page, a body
/// of the wrong shape, a redirect).
/// </summary>
/// <example>
/// <code>
/// new OverrideResponse(200, """{"items": [], "total": 0}""");
/// new OverrideResponse(502, "&lt;html&gt;Bad gateway&lt;/html&gt;", "text/html").WithHeader("Retry-After", "1");
/// OverrideResponse.Error(409, "conflict", "Someone else renamed it.");
/// </code>
/// </example>
public sealed class OverrideResponse
{
    private static readonly HashSet<string> s_reservedHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Type", "Content-Length", "Transfer-Encoding" };

    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an answer.</summary>
    /// <param name="status">The status, 200 to 599.</param>
    /// <param name="body">The body text; null for none. Not allowed with 204 and 304.</param>
    /// <param name="contentType">The body's media type; null means <c>application/json; charset=utf-8</c>.</param>
    /// <exception cref="ArgumentException">The status is out of range, or a 204/304 has a body.</exception>
    public OverrideResponse(int status, string? body = null, string? contentType = null)
    {
        if (status is < 200 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An override answers with a status from 200 to 599.");
        }

        if (body is not null && status is 204 or 304)
        {
            throw new ArgumentException($"A {status} answer has no body.", nameof(body));
        }

        if (contentType is not null && (string.IsNullOrWhiteSpace(contentType) || contentType.Any(char.IsControl)))
        {
            throw new ArgumentException("The content type must not be blank or contain control characters.", nameof(contentType));
        }

        Status = status;
        Body = body;
        ContentType = body is null ? null : contentType ?? FakeResult.JsonContentType;
    }

    /// <summary>The status.</summary>
    public int Status { get; }

    /// <summary>The body text, or null for none.</summary>
    public string? Body { get; }

    /// <summary>The body's media type, or null when there is no body.</summary>
    public string? ContentType { get; }

    /// <summary>Extra headers (<c>X-Request-Id</c> is set by the fake unless given here).</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers;

    /// <summary>An <c>ApiErrorResponse</c> answer, <c>{"message": ..., "error_code": ...}</c>, as the server sends errors.</summary>
    /// <param name="status">The status, 400 to 599.</param>
    /// <param name="errorCode">The <c>error_code</c>, e.g. <c>quota_exceeded</c>.</param>
    /// <param name="message">The <c>message</c>.</param>
    /// <exception cref="ArgumentException">The status is not an error status, or a text is empty.</exception>
    public static OverrideResponse Error(int status, string errorCode, string message)
    {
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An error status is 400 to 599.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new OverrideResponse(status, JsonText.Write(new JsonObject { ["message"] = message, ["error_code"] = errorCode }));
    }

    /// <summary>Adds (or replaces) a response header.</summary>
    /// <param name="name">The header name, e.g. <c>Retry-After</c>. <c>Content-Type</c> and <c>Content-Length</c> are set by the fake.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This answer, to chain calls.</returns>
    /// <exception cref="ArgumentException">The name is blank or reserved, or a text holds control characters.</exception>
    public OverrideResponse WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (s_reservedHeaders.Contains(name))
        {
            throw new ArgumentException($"{name} is set by the fake (use the contentType parameter for the media type).", nameof(name));
        }

        if (name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == ':'))
        {
            throw new ArgumentException("A header name must not contain spaces, colons or control characters.", nameof(name));
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("A header value must not contain control characters (CR, LF, ...).", nameof(value));
        }

        _headers[name] = value;
        return this;
    }

    /// <summary>E.g. <c>OverrideResponse(503, 58 characters of application/json; charset=utf-8)</c>.</summary>
    public override string ToString() => Body is null
        ? string.Create(CultureInfo.InvariantCulture, $"OverrideResponse({Status}, no body)")
        : string.Create(CultureInfo.InvariantCulture, $"OverrideResponse({Status}, {Body.Length} characters of {ContentType})");

    /// <summary>The fake's own answer, for a callback that fell back to it.</summary>
    internal static OverrideResponse From(FakeResult result)
    {
        var response = new OverrideResponse(result.Status, result.Body, result.Body is null ? null : result.ContentType);
        foreach (var (name, value) in result.Headers)
        {
            response._headers[name] = value;
        }

        return response;
    }

    internal FakeResult ToResult() =>
        new(Status, Body, _headers.ToArray()) { ContentType = ContentType ?? FakeResult.JsonContentType };
}
