using NSubstitute;
using NSubstitute.Extensions;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Mocking.Tests;

/// <summary>
/// Mocking the image sub-client: a 204 "no picture" built from values, a download driven by a mocked URL look-up,
/// and the older <c>IntegrationsClient.UploadImageAsync</c> reaching the mocked sub-client.
/// </summary>
public sealed class PictureMockingTests
{
    [Fact]
    public async Task No_picture_is_a_response_without_a_value()
    {
        var integrations = Substitute.For<IntegrationsClient>();
        var images = Substitute.For<IntegrationImagesClient>();
        integrations.Images.Returns(images);
        images.GetAsync("int_1", Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(OpenAppResponse<ResourceImageUrlResponse>.WithoutValue());

        var image = await integrations.Images.GetAsync("int_1");

        Assert.Equal(204, image.Status);
        Assert.False(image.HasValue);
    }

    [Fact]
    public async Task A_mocked_look_up_drives_the_download()
    {
        var images = Substitute.ForPartsOf<IntegrationImagesClient>();
        images.Configure().GetAsync("int_1", Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(OpenAppResponse<ResourceImageUrlResponse>.WithoutValue());

        var download = await images.DownloadAsync("int_1");

        Assert.False(download.HasValue);
        await images.Received(1).GetAsync("int_1", null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_older_upload_method_reaches_the_mocked_sub_client()
    {
        var integrations = Substitute.ForPartsOf<IntegrationsClient>();
        var images = Substitute.For<IntegrationImagesClient>();
        integrations.Configure().Images.Returns(images);
        var uploaded = OpenAppModelFactory.ResourceImageUrlResponse(url: "https://cdn.example/p.png", expiresInSeconds: 60);
        images.UploadAsync("int_1", Arg.Any<ReadOnlyMemory<byte>>(), "p.png", null, null, Arg.Any<CancellationToken>())
            .Returns(OpenAppModelFactory.Response(uploaded));

        var response = await integrations.UploadImageAsync("int_1", new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "p.png");

        Assert.Same(uploaded, response.Value);
    }
}
