using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The fake's pictures: one file per integration, read through its link, copied, removed.</summary>
public class PictureTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public PictureTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task An_integration_without_a_picture_answers_204_and_the_sdk_reports_no_value()
    {
        var id = _server.SeedIntegration();
        using var client = _server.CreateClient();

        var image = await client.Integrations.Images.GetAsync(id);
        var download = await client.Integrations.Images.DownloadAsync(id);

        Assert.Equal(204, image.Status);
        Assert.False(image.HasValue);
        Assert.False(download.HasValue);
        Assert.All(_server.Requests, r => Assert.Equal("get_integration_image", r.OperationId));
    }

    [Fact]
    public async Task An_uploaded_picture_is_read_through_its_link_without_X_Org()
    {
        var id = _server.SeedIntegration(organizationId: FakeOpenAppServer.OtherOrganizationId);
        using var client = _server.CreateClient(organizationId: null);
        var uploaded = (await client.Integrations.Images.UploadAsync(id, TestImages.Jpeg, "gate.jpg")).Value;

        var image = (await client.Integrations.Images.GetAsync(id)).Value;
        await using var download = (await client.Integrations.Images.DownloadAsync(id)).Value;
        using var bytes = new MemoryStream();
        await download.Content.CopyToAsync(bytes);

        Assert.Equal(uploaded.Url, image.Url);
        Assert.Equal(3600, image.ExpiresInSeconds);
        Assert.Equal("image/jpeg", download.ContentType);
        Assert.Equal(TestImages.Jpeg, bytes.ToArray());
    }

    [Fact]
    public async Task A_copied_picture_is_a_file_of_its_own()
    {
        var source = _server.SeedIntegration();
        var target = _server.SeedIntegration(organizationId: FakeOpenAppServer.OtherOrganizationId);
        using var client = _server.CreateClient();
        var original = (await client.Integrations.Images.UploadAsync(source, TestImages.Png, "lobby.png")).Value;

        var copied = (await client.Integrations.Images.CopyFromAsync(target, source)).Value;
        await client.Integrations.Images.DeleteAsync(source);
        using var http = new HttpClient();
        using var gone = await http.GetAsync(original.Url);
        using var kept = await http.GetAsync(copied.Url);

        Assert.NotEqual(original.Url, copied.Url);
        Assert.Equal(404, (int)gone.StatusCode);
        Assert.Equal(200, (int)kept.StatusCode);
        Assert.Equal(TestImages.Png.ToArray(), await kept.Content.ReadAsByteArrayAsync());
        Assert.Equal(copied.Url, _server.FindIntegration(target, FakeOpenAppServer.OtherOrganizationId)!.ImageUrl);
        Assert.Contains(source, _server.RequestsFor("post_integration_image_copy_from")[0].Body ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copying_from_an_integration_without_a_picture_or_that_does_not_exist_is_404()
    {
        var source = _server.SeedIntegration();
        var target = _server.SeedIntegration();
        using var client = _server.CreateClient();

        var none = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.Images.CopyFromAsync(target, source));
        var unknown = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.Images.CopyFromAsync(target, "01HNOSUCHINTEGRATION000000"));

        Assert.Equal("image_not_found", none.ErrorCode);
        Assert.Equal("not_found", unknown.ErrorCode);
        Assert.False((await client.Integrations.Images.GetAsync(target)).HasValue);
    }

    [Fact]
    public async Task Removing_a_picture_answers_204_also_when_there_is_none_and_its_link_stops_working()
    {
        var id = _server.SeedIntegration();
        using var client = _server.CreateClient();
        var uploaded = (await client.Integrations.Images.UploadAsync(id, TestImages.Png, "lobby.png")).Value;

        var first = await client.Integrations.Images.DeleteAsync(id);
        var second = await client.Integrations.Images.DeleteAsync(id);
        using var http = new HttpClient();
        using var gone = await http.GetAsync(uploaded.Url);

        Assert.Equal(204, first.Status);
        Assert.Equal(204, second.Status);
        Assert.Equal(404, (int)gone.StatusCode);
        Assert.Null(_server.FindIntegration(id)!.ImageUrl);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.Images.DeleteAsync("01HNOSUCHINTEGRATION000000"))).Status);
    }

    [Fact]
    public async Task A_new_upload_replaces_the_old_file()
    {
        var id = _server.SeedIntegration();
        using var client = _server.CreateClient();
        var first = (await client.Integrations.Images.UploadAsync(id, TestImages.Png, "a.png")).Value;

        var second = (await client.Integrations.Images.UploadAsync(id, TestImages.Jpeg, "b.jpg")).Value;
        using var http = new HttpClient();
        using var old = await http.GetAsync(first.Url);

        Assert.Equal(404, (int)old.StatusCode);
        Assert.Equal(second.Url, (await client.Integrations.Images.GetAsync(id)).Value.Url);
    }
}
