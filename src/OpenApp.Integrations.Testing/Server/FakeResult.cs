using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Routes;

namespace OpenApp.Integrations.Testing.Server;

/// <summary>What goes back on the wire: status, JSON text (or none) and extra headers.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">JSON text, or null for no body.</param>
/// <param name="Headers">Extra response headers.</param>
internal sealed record FakeResult(int Status, string? Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    private static readonly KeyValuePair<string, string>[] s_none = Array.Empty<KeyValuePair<string, string>>();

    public static FakeResult From(FakeResponse response) => new(response.Status, response.Body is null ? null : JsonText.Write(response.Body), s_none);

    public static FakeResult From(FakeApiException error, params KeyValuePair<string, string>[] headers) =>
        new(error.Status, JsonText.Write(error.ToBody()), headers);

    public static FakeResult Error(int status, string errorCode, string message, JsonNode? details = null) =>
        From(new FakeApiException(status, errorCode, message, details));
}
