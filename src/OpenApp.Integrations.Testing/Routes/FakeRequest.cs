using System.Globalization;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>A file part of a multipart body.</summary>
/// <param name="PartName">The form field name.</param>
/// <param name="FileName">The file name sent with it.</param>
/// <param name="ContentType">Its declared media type.</param>
/// <param name="Data">Its bytes.</param>
internal sealed record UploadedFile(string PartName, string? FileName, string? ContentType, byte[] Data);

/// <summary>A request that passed routing, credentials, organization and schema checks, ready for a handler.</summary>
internal sealed class FakeRequest
{
    public required BundleOperation Operation { get; init; }

    public required IReadOnlyDictionary<string, string> RouteValues { get; init; }

    public required IReadOnlyDictionary<string, string> Query { get; init; }

    public string? OrganizationId { get; init; }

    public JsonNode? Body { get; init; }

    public UploadedFile? File { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>A path parameter (already unescaped).</summary>
    public string Route(string name) => RouteValues[name];

    /// <summary>A boolean query flag; the value was checked to be <c>true</c> or <c>false</c>.</summary>
    public bool Flag(string name, bool fallback = false) =>
        Query.TryGetValue(name, out var value) ? value == "true" : fallback;

    /// <summary>An integer query value; it was checked to parse.</summary>
    public long? Integer(string name) =>
        Query.TryGetValue(name, out var value) ? long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    /// <summary>A string query value, null when absent or empty.</summary>
    public string? Text(string name) =>
        Query.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The body as an object (the schema check guarantees it for JSON bodies).</summary>
    public JsonObject BodyObject => Body as JsonObject ?? new JsonObject();
}
