using Microsoft.AspNetCore.Http;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// <c>GET /images/{file}</c>: the images uploaded through the API, served without credentials the way a CDN serves
/// the URLs the upload answers with.
/// </summary>
internal sealed class ImageStage : IRequestStage
{
    private const string ImagesPrefix = "/images/";

    private readonly FakeStore _store;

    public ImageStage(FakeStore store)
    {
        _store = store;
    }

    public ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        if (!exchange.RawPath.StartsWith(ImagesPrefix, StringComparison.Ordinal) ||
            !HttpMethods.IsGet(exchange.Method))
        {
            return next(exchange);
        }

        var fileName = Uri.UnescapeDataString(exchange.RawPath[ImagesPrefix.Length..]);
        StoredImage? image;
        lock (_store.Sync)
        {
            _store.Images.TryGetValue(fileName, out image);
        }

        return ValueTask.FromResult(image is null
            ? FakeResult.Error(404, "not_found", "No such image.")
            : FakeResult.File(image.ContentType, image.Data));
    }
}
