using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Images uploaded as multipart part <c>file</c>: checked like the server checks them (JPEG, PNG or WebP; declared type
/// and first bytes must agree; size limit), kept in <see cref="FakeStore.Images"/> and served without credentials at
/// <c>/images/{file}</c>, like a CDN link.
/// </summary>
internal static class UploadedImages
{
    /// <summary>Checks and stores the request's file; 400 naming <c>file</c> when it is missing or not an accepted image.</summary>
    public static StoredImageLink Store(FakeRequest request, RouteContext context)
    {
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
        return new StoredImageLink(fileName, new Uri(context.BaseUrl, "/images/" + fileName).AbsoluteUri);
    }

    /// <summary>Stops serving an image.</summary>
    public static void Forget(StoredImageLink? link, FakeStore store)
    {
        if (link is not null)
        {
            store.Images.Remove(link.FileName);
        }
    }

    /// <summary>A <c>ResourceImageUrlResponse</c>.</summary>
    public static JsonObject UrlView(StoredImageLink link, RouteContext context) => new()
    {
        ["url"] = link.Url,
        ["expires_in_seconds"] = context.Options.ImageUrlExpiresInSeconds,
    };
}
