using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>
/// The image sub-client: its URL (200, or 204 when there is none), the download from that URL (no credentials, a
/// stream), copy-from and delete. None of the image operations sends X-Org (the contract declares none).
/// </summary>
public sealed class IntegrationImagesWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public IntegrationImagesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "get_integration_image")]
    public async Task Get_sends_no_X_Org_and_decodes_the_url()
    {
        await _fake.RespondAsync("get_integration_image", 200, LifecycleSamples.ImageUrl);
        using var client = _fake.CreateClient();

        var image = await client.Integrations.Images.GetAsync(Id);

        await _fake.AssertSingleCallAsync("get_integration_image", "GET", $"/integrations/{Id}/image", organization: null, jsonBody: null);
        Assert.True(image.HasValue);
        Assert.Equal("https://cdn.openapp.house/integrations/01JA7ZK3QH8V6XW2M9C4RT5N0B/image.png?sig=9c1e", image.Value.Url);
        Assert.Equal(900, image.Value.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "get_integration_image")]
    public async Task Get_answered_204_succeeds_without_a_value()
    {
        await _fake.RespondAsync("get_integration_image", 204, null);
        using var client = _fake.CreateClient();

        var image = await client.Integrations.Images.GetAsync(Id);

        Assert.Equal(204, image.Status);
        Assert.False(image.HasValue);
        Assert.Throws<InvalidOperationException>(() => image.Value);
    }

    [Fact]
    [Trait("operationId", "get_integration_image")]
    public async Task Download_opens_the_file_at_the_url_without_credentials_as_a_stream()
    {
        var png = Samples.Png;
        _fake.Server.Given(Request.Create().WithPath("/cdn/lobby.png").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(png));
        await _fake.RespondAsync(
            "get_integration_image", 200, $$"""{"url": "{{_fake.Server.Urls[0]}}/cdn/lobby.png?sig=abc", "expires_in_seconds": 60}""");
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Images.DownloadAsync(Id);
        await using var download = response.Value;
        using var content = new MemoryStream();
        await download.Content.CopyToAsync(content);

        Assert.Equal(200, response.Status);
        Assert.Equal("image/png", download.ContentType);
        Assert.Equal(png, content.ToArray());
        var requests = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        await WireAssert.AssertCallAsync(_fake, requests[0], "get_integration_image", "GET", $"/integrations/{Id}/image", organization: null, jsonBody: null);
        Assert.Equal("/cdn/lobby.png?sig=abc", WireAssert.RawPathAndQuery(requests[1]));
        Assert.Null(WireAssert.Header(requests[1], "X-API-Key"));
        Assert.Null(WireAssert.Header(requests[1], "Authorization"));
        Assert.Null(WireAssert.Header(requests[1], "X-Org"));
    }

    [Fact]
    [Trait("operationId", "get_integration_image")]
    public async Task Download_of_a_relative_url_reads_it_from_the_api_host()
    {
        _fake.Server.Given(Request.Create().WithPath("/media/lobby.jpg").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(Samples.Jpeg));
        await _fake.RespondAsync("get_integration_image", 200, """{"url": "/media/lobby.jpg", "expires_in_seconds": 60}""");
        using var client = _fake.CreateClient();

        await using var download = (await client.Integrations.Images.DownloadAsync(Id)).Value;

        Assert.Equal("image/jpeg", download.ContentType);
        Assert.Equal("/media/lobby.jpg", _fake.Server.LogEntries[^1].RequestMessage!.Path);
    }

    [Fact]
    [Trait("operationId", "get_integration_image")]
    public async Task Download_when_there_is_no_picture_has_no_value_and_fetches_nothing_more()
    {
        await _fake.RespondAsync("get_integration_image", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Images.DownloadAsync(Id);

        Assert.False(response.HasValue);
        Assert.Equal(204, response.Status);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "get_integration_image")]
    public async Task Download_from_a_url_that_fails_is_a_transport_error_that_keeps_the_signature_out()
    {
        _fake.Server.Given(Request.Create().WithPath("/cdn/gone.png").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404));
        await _fake.RespondAsync(
            "get_integration_image", 200, $$"""{"url": "{{_fake.Server.Urls[0]}}/cdn/gone.png?sig=s3cr3t-signature", "expires_in_seconds": 60}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppTransportException>(() => client.Integrations.Images.DownloadAsync(Id));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("operationId", "post_integration_image")]
    public async Task Upload_through_the_sub_client_sends_the_file_part_without_X_Org()
    {
        await _fake.RespondAsync("post_integration_image", 200, Samples.ImageUploaded);
        using var client = _fake.CreateClient();

        var uploaded = (await client.Integrations.Images.UploadAsync(Id, Samples.Png, "lobby.png")).Value;

        var file = Assert.Single(await _fake.AssertSingleMultipartCallAsync("post_integration_image", "POST", $"/integrations/{Id}/image", organization: null));
        Assert.Equal("file", file.Name);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Samples.Png, file.Content);
        Assert.Equal(3600, uploaded.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "post_integration_image_copy_from")]
    public async Task Copy_from_posts_the_source_without_X_Org_and_decodes_the_url()
    {
        await _fake.RespondAsync("post_integration_image_copy_from", 200, LifecycleSamples.ImageUrl);
        using var client = _fake.CreateClient();

        var copied = (await client.Integrations.Images.CopyFromAsync(Id, LifecycleSamples.SourceIntegrationId)).Value;

        var request = await _fake.AssertSingleCallAsync(
            "post_integration_image_copy_from",
            "POST",
            $"/integrations/{Id}/image/copy-from",
            organization: null,
            """{"source_integration_id": "01JA90H0ZC8X4V7W2B9D1E3G6M"}""");
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(900, copied.ExpiresInSeconds);
    }

    [Fact]
    [Trait("operationId", "delete_integration_image")]
    public async Task Delete_sends_delete_without_a_body_or_X_Org_and_accepts_204()
    {
        await _fake.RespondAsync("delete_integration_image", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Images.DeleteAsync(Id);

        await _fake.AssertSingleCallAsync("delete_integration_image", "DELETE", $"/integrations/{Id}/image", organization: null, jsonBody: null);
        Assert.Equal(204, response.Status);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var images = client.Integrations.Images;

        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => images.GetAsync(" "))).ParamName);
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => images.DownloadAsync(""))).ParamName);
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => images.DeleteAsync(".."))).ParamName);
        Assert.Equal("sourceIntegrationId", (await Assert.ThrowsAsync<ArgumentException>(() => images.CopyFromAsync(Id, " "))).ParamName);
        var self = await Assert.ThrowsAsync<ArgumentException>(() => images.CopyFromAsync(Id, Id));
        Assert.Equal("sourceIntegrationId", self.ParamName);
        Assert.Equal("image", (await Assert.ThrowsAsync<ArgumentException>(() => images.UploadAsync(Id, "GIF89a"u8.ToArray(), "a.gif"))).ParamName);

        Assert.Empty(_fake.Server.LogEntries);
    }
}
