namespace OpenApp.Integrations.Tour.Steps;

/// <summary>
/// The integration's picture: upload, read its URL, download it as a stream, copy it to the relay board, remove it.
/// </summary>
public sealed class ImageStep : ITourStep
{
    // A 1x1 PNG, so the tour needs no file on disk.
    private static readonly byte[] s_png =
    {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
        0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xD0, 0xAB, 0xBD, 0xF6, 0x1F, 0x00, 0x04, 0xDF, 0x02, 0x81,
        0x22, 0xE0, 0x05, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    };

    /// <summary>The image the tour uploads.</summary>
    public static ReadOnlyMemory<byte> Png => s_png;

    public string Title => "Picture (post_integration_image, get_integration_image, post_integration_image_copy_from, delete_integration_image)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var images = context.Client.Integrations.Images;
        var id = context.RequireIntegration();

        context.Say("An integration can have a picture (the building's entrance, say) that apps show next to its name; we upload one.");
        var uploaded = (await images.UploadAsync(id, s_png, "lobby.png", requestOptions: TourContext.Write(), cancellationToken: cancellationToken)).Value;
        context.Say($"uploaded {s_png.Length} bytes; served at {Shorten(uploaded.Url)} for {uploaded.ExpiresInSeconds} s");

        context.Say("The API hands out a short-lived link to the picture; the SDK fetches it from there as a stream, without your API key.");
        var link = (await images.GetAsync(id, cancellationToken: cancellationToken)).Value;
        await using (var download = (await images.DownloadAsync(id, cancellationToken: cancellationToken)).Value)
        {
            var length = await CountAsync(download.Content, cancellationToken);
            context.Say($"the link works for {link.ExpiresInSeconds} s; downloaded {length} bytes of {download.ContentType ?? "unknown type"}");
        }

        if (context.RelayIntegrationId is { } relay)
        {
            context.Say("Another integration can reuse the picture; we copy it to the relay board.");
            var copied = (await images.CopyFromAsync(relay, id, TourContext.Write(), cancellationToken)).Value;
            context.Say($"copied: the relay board's picture is at {Shorten(copied.Url)}");
        }

        context.Say("Removing the picture leaves the integration without one: asking for it then answers 204, which the SDK reports as no value.");
        await images.DeleteAsync(id, cancellationToken: cancellationToken);
        var after = await images.GetAsync(id, cancellationToken: cancellationToken);
        context.Say(after.HasValue ? $"the server still has a picture ({after.Status})" : $"removed; the picture is gone (status {after.Status}, no value)");
    }

    private static async Task<long> CountAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }

    // The link's query may carry a signature: the tour prints the link without it.
    private static string Shorten(string url) => url.Split('?')[0];
}
