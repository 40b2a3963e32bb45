using System.Net;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// Uploading an image from a URL downloads it first: never with OpenApp credentials, following a few http/https
/// redirects itself, bounded by the attempt and overall timeouts and the caller's token, and every failure an SDK
/// exception.
/// </summary>
public sealed class ImageDownloadTests
{
    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private const string Uploaded = """{"url":"https://cdn.example/i1.png","expires_in_seconds":3600}""";

    [Fact]
    public async Task An_image_host_that_never_answers_times_out_on_the_attempt_timeout()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var images = new HostileServer(async a =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, a.Stop); // holds the connection, never answers
        });
        using var api = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Uploaded)));
        var clock = new TestClock();
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = api.ApiKey,
            OrganizationId = TestKeys.Org,
            TimeProvider = clock,
            Retry = { AttemptTimeout = TimeSpan.FromSeconds(5), OverallTimeout = TimeSpan.FromSeconds(30) },
        });

        var upload = client.Integrations.UploadImageFromUrlAsync("i1", new Uri(images.Origin + "/lobby.png"));
        await arrived.Task;
        Assert.Equal(TimeSpan.FromSeconds(5), await clock.NextArmedAsync());
        clock.Advance(TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => upload);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task The_callers_token_cancels_a_download_that_hangs()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var images = new HostileServer(async a =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, a.Stop);
        });
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = images.ApiKey, OrganizationId = TestKeys.Org });
        using var cancel = new CancellationTokenSource();

        var upload = client.Integrations.UploadImageFromUrlAsync("i1", new Uri(images.Origin + "/lobby.png"), cancellationToken: cancel.Token);
        await arrived.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
    }

    [Fact]
    public async Task A_download_cut_off_mid_way_is_a_transport_exception()
    {
        using var images = new HostileServer(a => a.WriteAsync([.. HostileServer.Head("200 OK", "Content-Type: image/png", "Content-Length: 5000"), .. s_png]));
        using var api = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Uploaded)));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = api.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() =>
            client.Integrations.UploadImageFromUrlAsync("i1", new Uri(images.Origin + "/lobby.png")));

        Assert.NotNull(ex.InnerException);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task Redirects_are_followed_without_credentials_and_the_image_is_uploaded()
    {
        using var final = new HostileServer(a => a.WriteAsync([.. HostileServer.Head("200 OK", "Content-Type: image/png", $"Content-Length: {s_png.Length}"), .. s_png]), IPAddress.Parse("127.0.0.2"));
        using var hop = new HostileServer(a => a.WriteAsync(HostileServer.Head("302 Found", $"Location: {final.Origin}/real.png", "Content-Length: 0")));
        using var api = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Uploaded)));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = api.ApiKey, OrganizationId = TestKeys.Org });

        var uploaded = await client.Integrations.UploadImageFromUrlAsync("i1", new Uri(hop.Origin + "/moved.png"));

        Assert.Equal("https://cdn.example/i1.png", uploaded.Value.Url);
        foreach (var head in hop.Requests.Concat(final.Requests))
        {
            Assert.False(head.Contains("X-API-Key", StringComparison.OrdinalIgnoreCase), head);
            Assert.False(head.Contains("X-Org", StringComparison.OrdinalIgnoreCase), head);
            Assert.False(head.Contains("Authorization", StringComparison.OrdinalIgnoreCase), head);
        }

        Assert.Contains("multipart/form-data", Assert.Single(api.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_three_redirects_end_the_download()
    {
        HostileServer? loop = null;
        loop = new HostileServer(a => a.WriteAsync(HostileServer.Head("302 Found", $"Location: {loop!.Origin}/again.png", "Content-Length: 0")));
        using (loop)
        {
            using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = loop.ApiKey, OrganizationId = TestKeys.Org });

            var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() =>
                client.Integrations.UploadImageFromUrlAsync("i1", new Uri(loop.Origin + "/start.png")));

            Assert.Contains("more than 3 redirects", ex.Message, StringComparison.Ordinal);
            Assert.Equal(4, loop.Requests.Count);
        }
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_not_followed()
    {
        using var hop = new HostileServer(a => a.WriteAsync(HostileServer.Head("301 Moved", "Location: file:///etc/passwd", "Content-Length: 0")));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = hop.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() =>
            client.Integrations.UploadImageFromUrlAsync("i1", new Uri(hop.Origin + "/x.png")));

        Assert.Contains("only http and https", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_larger_than_the_limit_is_refused_from_its_declared_length()
    {
        using var images = new HostileServer(a => a.WriteAsync(HostileServer.Head("200 OK", "Content-Type: image/png", "Content-Length: 104857600")));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = images.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppResponseTooLargeException>(() =>
            client.Integrations.UploadImageFromUrlAsync("i1", new Uri(images.Origin + "/big.png")));

        Assert.Equal(IntegrationsClient.MaxImageBytes, ex.Limit);
        Assert.Single(images.Requests); // the download only: nothing was uploaded
    }
}
