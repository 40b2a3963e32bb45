using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The image upload: multipart part <c>file</c>, JPEG, PNG or WebP (declared type and first bytes must agree). The
/// image is then served without credentials at the URL answered, like a CDN link. The contract declares no
/// <c>X-Org</c> on it: the integration is found in whichever organization holds it.
/// </summary>
internal static class ImageRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["post_integration_image"] = Upload;
    }

    private static FakeResponse Upload(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        var file = request.File ?? throw FakeApiException.InvalidField("file", "is required (a multipart part named 'file')");
        var declared = ImageContentType.Normalize(file.ContentType)
            ?? throw FakeApiException.InvalidField("file", $"has the content type '{file.ContentType}'; use image/jpeg, image/png or image/webp", "unsupported_media_type");
        if (file.Data.Length > context.Options.MaxImageBytes)
        {
            throw FakeApiException.InvalidField("file", $"is larger than {context.Options.MaxImageBytes} bytes", "image_too_large");
        }

        if (ImageContentType.FromMagicBytes(file.Data) != declared)
        {
            throw FakeApiException.InvalidField("file", $"is not a {declared} image (checked from its first bytes)", "unsupported_media_type");
        }

        var fileName = context.Store.Ids.NewId().ToLowerInvariant() + declared switch
        {
            ImageContentType.Png => ".png",
            ImageContentType.Webp => ".webp",
            _ => ".jpg",
        };
        context.Store.Images[fileName] = new StoredImage(declared, file.Data);
        var url = new Uri(context.BaseUrl, "/images/" + fileName).AbsoluteUri;
        integration.ImageUrl = url;
        integration.UpdatedAt = context.Now;
        return FakeResponse.Ok(new JsonObject
        {
            ["url"] = url,
            ["expires_in_seconds"] = context.Options.ImageUrlExpiresInSeconds,
        });
    }
}
