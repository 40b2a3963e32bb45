using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Routes;

namespace OpenApp.Integrations.Testing.Server;

/// <summary>What goes back on the wire: status, body (JSON text by default) and extra headers.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body text (JSON unless <see cref="ContentType"/> says otherwise), or null for no body.</param>
/// <param name="Headers">Extra response headers.</param>
internal sealed record FakeResult(int Status, string? Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly KeyValuePair<string, string>[] s_none = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>The media type of <see cref="Body"/> or <see cref="Bytes"/>.</summary>
    public string ContentType { get; init; } = JsonContentType;

    /// <summary>A body sent byte for byte instead of <see cref="Body"/> (an uploaded image).</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>
    /// An error answer the fake made up (<c>ApiErrorResponse</c>): only a handler's own answers are checked against
    /// the bundle's response schemas, never the errors it throws.
    /// </summary>
    public bool IsError { get; init; }

    /// <summary>Whether the answer carries <c>X-Request-Id</c> (and echoes <c>X-Correlation-Id</c>): the API's do, the image CDN's do not.</summary>
    public bool CarriesRequestIds { get; init; } = true;

    /// <summary>Whether the connection is dropped instead of answered (an injected fault).</summary>
    public bool DropsConnection { get; init; }

    /// <summary>No answer: the connection is dropped.</summary>
    public static FakeResult DroppedConnection { get; } = new(0, null, s_none) { DropsConnection = true };

    public static FakeResult From(FakeResponse response) => new(response.Status, response.Body is null ? null : JsonText.Write(response.Body), s_none);

    public static FakeResult From(FakeApiException error, params KeyValuePair<string, string>[] headers) =>
        new(error.Status, JsonText.Write(error.ToBody()), headers) { IsError = true };

    public static FakeResult Error(int status, string errorCode, string message, JsonNode? details = null) =>
        From(new FakeApiException(status, errorCode, message, details));

    /// <summary>A file served as is, like a CDN would: no API headers.</summary>
    public static FakeResult File(string contentType, byte[] data) =>
        new(200, null, s_none) { ContentType = contentType, Bytes = data, CarriesRequestIds = false };
}
