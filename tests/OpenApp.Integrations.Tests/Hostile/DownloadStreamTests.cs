using System.Text;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// Files the API links to (images, photos, message media) are handed out as streams, never buffered whole: reading is
/// bounded, a broken connection is an SDK exception, and the host gets no OpenApp credentials.
/// </summary>
public sealed class DownloadStreamTests
{
    [Fact]
    public async Task A_file_is_read_as_it_arrives_with_its_type_and_without_credentials()
    {
        var body = Encoding.ASCII.GetBytes(new string('p', 100_000));
        using var host = new HostileServer(a => a.WriteAsync([.. HostileServer.Head("200 OK", "Content-Type: image/png", $"Content-Length: {body.Length}"), .. body]));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = host.ApiKey, OrganizationId = TestKeys.Org });

        await using var download = await client.Transport.OpenDownloadAsync(new Uri(host.Origin + "/photo.png?sig=x"), 1_000_000, CancellationToken.None);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal("image/png", download.ContentType);
        Assert.Equal(body.Length, download.ContentLength);
        Assert.Equal(body, copy.ToArray());
        Assert.DoesNotContain("X-API-Key", host.Requests[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Org", host.Requests[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_cut_off_while_the_caller_reads_it_is_a_transport_exception()
    {
        using var host = new HostileServer(a => a.WriteAsync([.. HostileServer.Head("200 OK", "Content-Type: image/png", "Content-Length: 50000"), .. new byte[1000]]));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = host.ApiKey, OrganizationId = TestKeys.Org });

        await using var download = await client.Transport.OpenDownloadAsync(new Uri(host.Origin + "/photo.png"), 1_000_000, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => download.Content.CopyToAsync(Stream.Null));
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public async Task An_endless_file_stops_at_the_limit_while_it_is_read()
    {
        using var host = new HostileServer(async a =>
        {
            await a.WriteAsync(HostileServer.Head("200 OK", "Content-Type: image/png", "Transfer-Encoding: chunked"));
            var chunk = Encoding.ASCII.GetBytes("1000\r\n" + new string('x', 0x1000) + "\r\n");
            while (!a.Stop.IsCancellationRequested)
            {
                await a.WriteAsync(chunk);
            }
        });
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = host.ApiKey, OrganizationId = TestKeys.Org });

        await using var download = await client.Transport.OpenDownloadAsync(new Uri(host.Origin + "/endless.png"), 256 * 1024, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() => download.Content.CopyToAsync(Stream.Null));
        Assert.Equal(256 * 1024, ex.Limit);
    }

    [Fact]
    public async Task A_declared_length_above_the_limit_fails_before_reading()
    {
        using var host = new HostileServer(a => a.WriteAsync(HostileServer.Head("200 OK", "Content-Type: image/png", "Content-Length: 999999999")));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = host.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() =>
            client.Transport.OpenDownloadAsync(new Uri(host.Origin + "/big.png"), 1024, CancellationToken.None));

        Assert.Equal(999999999, ex.DeclaredLength);
    }
}
