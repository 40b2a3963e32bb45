using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>
/// Asserts what one SDK call put on the wire, as WireMock received it: method, escaped path, the whole query string,
/// <c>X-Org</c>, <c>X-API-Key</c>, User-Agent and the JSON body (compared as JSON, and validated against the bundle's
/// request schema). The expectation is also checked against the bundle itself: method, path template and whether the
/// operation declares <c>X-Org</c>.
/// </summary>
public static class WireAssert
{
    /// <summary>The API root path every expected path is relative to.</summary>
    public const string RootPath = "/api/v1";

    /// <summary>Asserts the single request the fake received.</summary>
    /// <param name="fake">The fake.</param>
    /// <param name="operationId">The bundle operation the call must be.</param>
    /// <param name="method">The expected method.</param>
    /// <param name="pathAndQuery">The expected path and query under the API root, exactly as sent (escaped).</param>
    /// <param name="organization">The expected <c>X-Org</c>, or null when the header must be absent.</param>
    /// <param name="jsonBody">The expected JSON body, or null when there must be none.</param>
    /// <returns>The received request, for further checks.</returns>
    public static async Task<IRequestMessage> AssertSingleCallAsync(
        this WireMockFixture fake,
        string operationId,
        string method,
        string pathAndQuery,
        string? organization,
        string? jsonBody)
    {
        var entry = Assert.Single(fake.Server.LogEntries);
        var request = entry.RequestMessage ?? throw new Xunit.Sdk.XunitException("WireMock logged no request message.");
        await AssertCallAsync(fake, request, operationId, method, pathAndQuery, organization, jsonBody);
        return request;
    }

    /// <summary>Asserts one received request (see <see cref="AssertSingleCallAsync"/>).</summary>
    public static async Task AssertCallAsync(
        WireMockFixture fake,
        IRequestMessage request,
        string operationId,
        string method,
        string pathAndQuery,
        string? organization,
        string? jsonBody)
    {
        AssertRouteAndHeaders(fake, request, operationId, method, pathAndQuery, organization);

        var body = request.BodyAsBytes is { Length: > 0 } bytes ? Encoding.UTF8.GetString(bytes) : null;
        if (jsonBody is null)
        {
            Assert.True(body is null, $"{operationId} must send no body, but sent: {body}");
            return;
        }

        Assert.True(body is not null, $"{operationId} sent no body; expected {jsonBody}");
        Assert.StartsWith("application/json", Header(request, "Content-Type") ?? string.Empty, StringComparison.Ordinal);
        AssertJsonEqual(jsonBody, body);
        await BundleSchemas.ValidateRequestBodyAsync(operationId, body);
    }

    /// <summary>
    /// Asserts the single request the fake received was a multipart upload for the operation, and returns its parts. The
    /// form (part name to content, base64 for files) is validated against the bundle's multipart schema.
    /// </summary>
    public static async Task<IReadOnlyList<MultipartPart>> AssertSingleMultipartCallAsync(
        this WireMockFixture fake,
        string operationId,
        string method,
        string pathAndQuery,
        string? organization)
    {
        var entry = Assert.Single(fake.Server.LogEntries);
        return await AssertMultipartCallAsync(fake, entry.RequestMessage!, operationId, method, pathAndQuery, organization);
    }

    /// <summary>Asserts one received multipart request (see <see cref="AssertSingleMultipartCallAsync"/>).</summary>
    public static async Task<IReadOnlyList<MultipartPart>> AssertMultipartCallAsync(
        WireMockFixture fake,
        IRequestMessage request,
        string operationId,
        string method,
        string pathAndQuery,
        string? organization)
    {
        AssertRouteAndHeaders(fake, request, operationId, method, pathAndQuery, organization);
        var contentType = Header(request, "Content-Type");
        Assert.NotNull(contentType);
        Assert.StartsWith("multipart/form-data", contentType, StringComparison.Ordinal);
        var parts = await MultipartPart.ReadAllAsync(contentType, request.BodyAsBytes ?? Array.Empty<byte>());
        var form = new JsonObject();
        foreach (var part in parts)
        {
            form[part.Name] = Convert.ToBase64String(part.Content);
        }

        await BundleSchemas.ValidateRequestBodyAsync(operationId, form.ToJsonString(), "multipart/form-data");
        return parts;
    }

    private static void AssertRouteAndHeaders(
        WireMockFixture fake,
        IRequestMessage request,
        string operationId,
        string method,
        string pathAndQuery,
        string? organization)
    {
        var operation = BundleDocument.Operation(operationId);

        // The expectation itself must agree with the bundle.
        Assert.Equal(operation.Method, method);
        var expectedPath = pathAndQuery.Split('?')[0];
        Assert.True(operation.Matches(expectedPath), $"{expectedPath} does not fit {operationId}'s template {operation.PathTemplate}.");
        Assert.True(
            operation.RequiresOrganization == (organization is not null),
            operation.RequiresOrganization
                ? $"{operationId} declares X-Org: the test must expect one."
                : $"{operationId} declares no X-Org: the test must expect none.");

        // What went on the wire.
        Assert.Equal(method, request.Method);
        Assert.Equal(RootPath + pathAndQuery, RawPathAndQuery(request));

        Assert.Equal(fake.ApiKey, Header(request, "X-API-Key"));
        Assert.Null(Header(request, "Authorization"));
        var userAgent = Header(request, "User-Agent");
        Assert.NotNull(userAgent);
        Assert.StartsWith("openapp-sdk-dotnet/", userAgent, StringComparison.Ordinal);
        Assert.Equal(organization, Header(request, "X-Org"));

    }

    /// <summary>Compares two JSON texts structurally (property order ignored, array order kept).</summary>
    public static void AssertJsonEqual(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actualNode?.ToJsonString()}");
    }

    /// <summary>The path as sent (still escaped) plus the raw query string.</summary>
    /// <remarks>
    /// WireMock's <c>Path</c> is decoded; <c>AbsoluteUrl</c> keeps the escapes Kestrel leaves in place. Ids that .NET or
    /// Kestrel would un-escape or normalise are checked on a raw listener instead (see <see cref="RawRequestServer"/>).
    /// </remarks>
    public static string RawPathAndQuery(IRequestMessage request) =>
        new Uri(request.AbsoluteUrl).AbsolutePath + (request.RawQuery ?? string.Empty);

    /// <summary>A request header's value (names case-insensitive), or null when absent.</summary>
    public static string? Header(IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        foreach (var (key, values) in request.Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(", ", values);
            }
        }

        return null;
    }
}
