using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The image upload: multipart part <c>file</c> with a file name and an image content type.</summary>
public sealed class ImageWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public ImageWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "post_integration_image")]
    public async Task Upload_sends_one_file_part_with_name_type_and_bytes_and_decodes_the_url()
    {
        await _fake.RespondAsync("post_integration_image", 200, Samples.ImageUploaded);
        using var client = _fake.CreateClient();

        var uploaded = (await client.Integrations.UploadImageAsync(Id, Samples.Png, "lobby.png")).Value;

        var parts = await _fake.AssertSingleMultipartCallAsync("post_integration_image", "POST", $"/integrations/{Id}/image", organization: null);
        var file = Assert.Single(parts);
        Assert.Equal("file", file.Name);
        Assert.Equal("lobby.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Samples.Png, file.Content);
        Assert.Equal("https://cdn.openapp.house/integrations/01JA7ZK3QH8V6XW2M9C4RT5N0B/image.png?sig=3f9a", uploaded.Url);
        Assert.Equal(3600, uploaded.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "post_integration_image")]
    public async Task Upload_from_a_stream_with_a_declared_type_sends_that_type()
    {
        await _fake.RespondAsync("post_integration_image", 200, Samples.ImageUploaded);
        using var client = _fake.CreateClient();
        using var stream = new MemoryStream(Samples.Jpeg);

        await client.Integrations.UploadImageAsync(Id, stream, "gate.jpg", "image/jpeg");

        var parts = await _fake.AssertSingleMultipartCallAsync("post_integration_image", "POST", $"/integrations/{Id}/image", organization: null);
        var file = Assert.Single(parts);
        Assert.Equal("file", file.Name);
        Assert.Equal("gate.jpg", file.FileName);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal(Samples.Jpeg, file.Content);
    }

    [Fact]
    [Trait("operationId", "post_integration_image")]
    public async Task Upload_from_a_url_downloads_without_credentials_then_uploads_the_file()
    {
        _fake.Server.Given(Request.Create().WithPath("/assets/lobby.png").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(Samples.Png));
        await _fake.RespondAsync("post_integration_image", 200, Samples.ImageUploaded);
        using var client = _fake.CreateClient();

        await client.Integrations.UploadImageFromUrlAsync(Id, new Uri(_fake.Server.Urls[0] + "/assets/lobby.png"));

        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, entries.Count);
        var download = entries[0];
        Assert.Equal("GET", download.Method);
        Assert.Equal("/assets/lobby.png", download.Path);
        Assert.Null(WireAssert.Header(download, "X-API-Key"));
        Assert.Null(WireAssert.Header(download, "Authorization"));
        Assert.Null(WireAssert.Header(download, "X-Org"));
        var parts = await WireAssert.AssertMultipartCallAsync(
            _fake, entries[1], "post_integration_image", "POST", $"/integrations/{Id}/image", organization: null);
        var file = Assert.Single(parts);
        Assert.Equal("lobby.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Samples.Png, file.Content);
    }

    [Fact]
    public async Task Upload_of_bytes_that_are_not_an_image_fails_before_sending()
    {
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => client.Integrations.UploadImageAsync(Id, "GIF89a-not-accepted"u8.ToArray(), "anim.gif"));

        Assert.Equal("image", error.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Upload_whose_declared_type_contradicts_the_bytes_fails_before_sending()
    {
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => client.Integrations.UploadImageAsync(Id, Samples.Png, "lobby.jpg", "image/jpeg"));

        Assert.Equal("contentType", error.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }
}
