using OpenApp.Integrations.Tests.Errors;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Tests.Security;

/// <summary>
/// Every id is exactly one escaped path segment on the wire. Checked on the raw request line (a bare socket server),
/// because an HTTP framework would decode and normalize the path before a test could see it.
/// </summary>
public sealed class PathEscapingTests : IDisposable
{
    private const string NotFound = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    private readonly RawHttpServer _server = new(NotFound);
    private readonly OpenAppClient _client;

    public PathEscapingTests()
    {
        _client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = $"http://127.0.0.1:{_server.Port}_openapp_{TestKeys.Secret}",
            OrganizationId = TestKeys.Org,
            Retry = { MaxRetries = 0 },
        });
    }

    public static TheoryData<string, string> Ids() => new()
    {
        { "../x", "..%2Fx" },
        { "a/b", "a%2Fb" },
        { "%2e%2e", "%252e%252e" },
        { "%2E%2E%2Fops", "%252E%252E%252Fops" },
        { "..%2F..", "..%252F.." },
        { "...", "..." },
        { "a b", "a%20b" },
        { "a\\b", "a%5Cb" },
        { "ü/日本", "%C3%BC%2F%E6%97%A5%E6%9C%AC" },
        { "?q=1&x", "%3Fq%3D1%26x" },
        { "#frag", "%23frag" },
        { "a;b=c", "a%3Bb%3Dc" },
        { "\r\nHost: evil", "%0D%0AHost%3A%20evil" },
        { "+1", "%2B1" },
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task An_id_is_one_escaped_segment(string id, string segment)
    {
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => _client.Integrations.GetAsync(id));
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => _client.Integrations.AccessPortals.DeleteAsync(id, id));
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => _client.Integrations.RunOpAsync(id, id));

        Assert.Equal(
            new[]
            {
                "GET /api/v1/integrations/" + segment,
                "DELETE /api/v1/integrations/" + segment + "/access-portals/" + segment,
                "POST /api/v1/integrations/" + segment + "/ops/" + segment,
            },
            _server.Requests.Select(RequestLine));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Dot_segments_are_rejected_before_any_request(string id)
    {
        // System.Uri would turn %2E%2E back into ".." and drop it: /integrations/../ops/x is /ops/x.
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Integrations.RunOpAsync("i1", id));
        Assert.Equal("opId", ex.ParamName);
        ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Integrations.AccessPortals.GetAsync(id));
        Assert.Equal("portalId", ex.ParamName);
        ex = Assert.Throws<ArgumentException>(() => new RequestSpec(HttpMethod.Get, "/integrations/{id}", "get_integration").SetPathParameter("id", id));
        Assert.Equal("id", ex.ParamName);

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Query_values_are_escaped_and_cannot_add_keys()
    {
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() =>
            _client.Integrations.ListAsync(new ListIntegrationsOptions { Query = "lobby&limit=1#x" }));

        Assert.Equal(
            "GET /api/v1/integrations?include_deleted=false&only_deleted=false&limit=50&offset=0&q=lobby%26limit%3D1%23x",
            RequestLine(Assert.Single(_server.Requests)));
    }

    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
    }

    private static string RequestLine(string head)
    {
        var line = head[..head.IndexOf("\r\n", StringComparison.Ordinal)];
        return line[..line.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
    }
}
