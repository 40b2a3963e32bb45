using System.Net;
using System.Net.Sockets;
using System.Text;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// Whatever the network, the handler or a content stream throws reaches the caller as one of the SDK's documented
/// exceptions with the cause inside: <see cref="OpenAppTransportException"/> for no or a broken response,
/// <see cref="OpenAppSerializationException"/> for a 2xx that cannot be decoded.
/// </summary>
public sealed class BrokenResponseTests
{
    private static readonly byte[] s_integration = Encoding.UTF8.GetBytes(Samples.Integration);

    /// <summary>One fault family each: the raw bytes a server sends, and what the caller must get.</summary>
    public static TheoryData<string> Faults() =>
    [
        "closed before any byte",
        "closed in the status line",
        "garbage status line",
        "closed in the headers",
        "body shorter than its Content-Length",
        "chunked body with a bad chunk size",
        "chunked body cut off",
        "gzip that is not gzip",
        "gzip cut off mid-stream",
        "brotli that is not brotli",
        "deflate that is not deflate",
        "HTML where JSON was expected",
        "truncated JSON",
        "a JSON array where an object was expected",
    ];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Every_fault_family_is_a_documented_exception(string fault)
    {
        using var server = new HostileServer(a => a.WriteAsync(Answer(fault)));
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = server.ApiKey,
            OrganizationId = TestKeys.Org,
            Retry = { MaxRetries = 0 },
        });

        var ex = await Record.ExceptionAsync(() => client.Integrations.GetAsync("i1"));

        Assert.NotNull(ex);
        Assert.True(ex is OpenAppTransportException or OpenAppSerializationException, $"{fault}: {ex.GetType().Name}: {ex}");
        Assert.Equal("get_integration", ((OpenAppException)ex).OperationName);
        Assert.NotNull(((OpenAppException)ex).CorrelationId);
        if (fault is "HTML where JSON was expected" or "truncated JSON" or "a JSON array where an object was expected" or "gzip cut off mid-stream")
        {
            Assert.IsType<OpenAppSerializationException>(ex);
        }
        else
        {
            Assert.IsType<OpenAppTransportException>(ex);
            Assert.NotNull(ex.InnerException);
        }
    }

    [Theory]
    [InlineData("gzip that is not gzip")]
    [InlineData("brotli that is not brotli")]
    public async Task A_body_that_cannot_be_decompressed_is_not_retried(string fault)
    {
        using var server = new HostileServer(a => a.WriteAsync(Answer(fault)));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = server.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => client.Integrations.GetAsync("i1"));

        Assert.Contains("could not be decoded as its Content-Encoding says", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.InnerException is InvalidDataException or InvalidOperationException, ex.InnerException?.GetType().Name);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_well_formed_gzip_body_decodes()
    {
        var gzip = HostileServer.Gzip(s_integration);
        using var server = new HostileServer(a => a.WriteAsync(
            [.. HostileServer.Head("200 OK", "Content-Type: application/json", "Content-Encoding: gzip", $"Content-Length: {gzip.Length}"), .. gzip]));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = server.ApiKey, OrganizationId = TestKeys.Org });

        var integration = await client.Integrations.GetAsync("i1");

        Assert.Equal(Samples.IntegrationId, integration.Value.Id);
        Assert.Contains("Accept-Encoding:", server.Requests[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_exception()
    {
        // A port nothing listens on: bind one, note it, let it go.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = $"http://127.0.0.1:{port}_openapp_{TestKeys.Secret}",
            OrganizationId = TestKeys.Org,
            Retry = { MaxRetries = 0 },
        });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => client.Integrations.GetAsync("i1"));

        Assert.Contains("could not reach the server", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    private static byte[] Answer(string fault) => fault switch
    {
        "closed before any byte" => [],
        "closed in the status line" => "HTTP/1.1 20"u8.ToArray(),
        "garbage status line" => "SMTP ready\r\n\r\n"u8.ToArray(),
        "closed in the headers" => "HTTP/1.1 200 OK\r\nContent-Type: appl"u8.ToArray(),
        "body shorter than its Content-Length" =>
            [.. HostileServer.Head("200 OK", "Content-Type: application/json", $"Content-Length: {s_integration.Length + 500}"), .. s_integration],
        "chunked body with a bad chunk size" =>
            [.. HostileServer.Head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked"), .. "zz\r\n{}\r\n0\r\n\r\n"u8.ToArray()],
        "chunked body cut off" =>
            [.. HostileServer.Head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked"), .. "400\r\n{\"id\":"u8.ToArray()],
        "gzip that is not gzip" => Encoded("gzip", s_integration),
        "gzip cut off mid-stream" => Encoded("gzip", CutGzip()),
        "brotli that is not brotli" => Encoded("br", Enumerable.Repeat((byte)0xFF, 300).ToArray()),
        "deflate that is not deflate" => Encoded("deflate", Enumerable.Repeat((byte)0xFF, 300).ToArray()),
        "HTML where JSON was expected" => HostileServer.Json(200, "<html><body>Gateway says hi</body></html>"),
        "truncated JSON" => HostileServer.Json(200, Samples.Integration[..40]),
        "a JSON array where an object was expected" => HostileServer.Json(200, "[1,2,3]"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "no such fault"),
    };

    // A gzip stream cut before its end: the decompressor hands out what it has (part of the JSON) and stops without
    // complaint, so the body is a 2xx that cannot be decoded.
    private static byte[] CutGzip()
    {
        var whole = HostileServer.Gzip(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Samples.Integration, 20))));
        return whole[..(whole.Length * 3 / 4)];
    }

    private static byte[] Encoded(string encoding, byte[] body) =>
        [.. HostileServer.Head("200 OK", "Content-Type: application/json", $"Content-Encoding: {encoding}", $"Content-Length: {body.Length}"), .. body];
}
