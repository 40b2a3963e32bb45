using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The picture of an integration: upload (multipart part <c>file</c>, JPEG, PNG or WebP; declared type and first bytes
/// must agree), its URL (204 when there is none), copy from another integration (404 when that one has none) and
/// removal (204, also when there was none). Each picture is a file of its own, served without credentials at the
/// URL answered, like a CDN link; replacing or removing a picture removes its file. The contract declares no
/// <c>X-Org</c> on these routes: integrations are found in whichever organization holds them.
/// </summary>
internal static class ImageRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["post_integration_image"] = Upload;
        handlers["get_integration_image"] = Get;
        handlers["delete_integration_image"] = Delete;
        handlers["post_integration_image_copy_from"] = CopyFrom;
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

        var url = ImageFiles.Url(context.BaseUrl, ImageFiles.Store(context.Store, declared, file.Data));
        ImageFiles.Remove(context.Store, integration.ImageUrl);
        integration.ImageUrl = url;
        integration.UpdatedAt = context.Now;
        return FakeResponse.Ok(ImageUrl(url, context));
    }

    private static FakeResponse Get(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        return integration.ImageUrl is { } url ? FakeResponse.Ok(ImageUrl(url, context)) : FakeResponse.NoContent();
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        if (integration.ImageUrl is not null)
        {
            ImageFiles.Remove(context.Store, integration.ImageUrl);
            integration.ImageUrl = null;
            integration.UpdatedAt = context.Now;
        }

        return FakeResponse.NoContent();
    }

    private static FakeResponse CopyFrom(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        var sourceId = JsonInput.String(request.BodyObject, "source_integration_id")!;
        var source = context.Store.FindInAnyOrganization(sourceId);
        if (source is null || source.IsDeleted)
        {
            throw FakeApiException.NotFound("integration", sourceId);
        }

        var copied = ReferenceEquals(source, integration) ? integration.ImageUrl : ImageFiles.Copy(context.Store, source.ImageUrl);
        if (copied is null)
        {
            throw new FakeApiException(404, "image_not_found", $"Integration '{sourceId}' has no picture to copy.");
        }

        if (!ReferenceEquals(source, integration))
        {
            ImageFiles.Remove(context.Store, integration.ImageUrl);
            integration.ImageUrl = copied;
            integration.UpdatedAt = context.Now;
        }

        return FakeResponse.Ok(ImageUrl(copied, context));
    }

    /// <summary>A <c>ResourceImageUrlResponse</c>.</summary>
    private static JsonObject ImageUrl(string url, RouteContext context) => new()
    {
        ["url"] = url,
        ["expires_in_seconds"] = context.Options.ImageUrlExpiresInSeconds,
    };
}
