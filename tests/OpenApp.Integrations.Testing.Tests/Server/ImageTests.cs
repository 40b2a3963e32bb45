using System.Net.Http.Headers;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class ImageTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public ImageTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task An_uploaded_image_is_served_at_its_url_without_credentials()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();

        var uploaded = (await client.Integrations.UploadImageAsync(id, TestImages.Png, "lobby.png")).Value;
        using var http = new HttpClient();
        using var download = await http.GetAsync(uploaded.Url);

        Assert.Equal(200, (int)download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png.ToArray(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(uploaded.Url, _server.FindIntegration(id)!.ImageUrl);
        Assert.Equal("multipart/form-data: part 'file', file 'lobby.png', image/png, 70 bytes", _server.RequestsFor("post_integration_image")[0].Body);
    }

    [Fact]
    public async Task Upload_from_a_url_downloads_and_uploads_again()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var first = (await client.Integrations.UploadImageAsync(id, TestImages.Jpeg, "door.jpg")).Value;

        var second = (await client.Integrations.UploadImageFromUrlAsync(id, new Uri(first.Url))).Value;

        Assert.EndsWith(".jpg", second.Url);
        Assert.NotEqual(first.Url, second.Url);
        Assert.Equal(2, _server.RequestsFor("post_integration_image").Count);
    }

    [Theory]
    [InlineData("image/gif", "content type")]
    [InlineData("image/jpeg", "not a image/jpeg image")]
    public async Task A_file_that_is_not_an_accepted_image_is_400_naming_file(string contentType, string problem)
    {
        var id = _server.SeedIntegration();
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestImages.Png.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "picture");
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.ApiRoot + $"/integrations/{id}/image") { Content = form };
        request.Headers.Add("X-API-Key", _server.ApiKey);
        request.Headers.Add("X-Org", FakeOpenAppServer.DefaultOrganizationId);

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("'file'", body);
        Assert.Contains(problem, body);
    }

    [Fact]
    public async Task An_upload_without_a_file_part_is_400()
    {
        var id = _server.SeedIntegration();
        var (status, body) = await Raw.SendAsync(HttpMethod.Post, new Uri(_server.ApiRoot + $"/integrations/{id}/image"), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId, "{}");

        Assert.Equal(400, status);
        Assert.Contains("'file'", body);
        using var client = _server.CreateClient();
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.UploadImageAsync("nope", TestImages.Png, "x.png"))).Status);
    }
}
