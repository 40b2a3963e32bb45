namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// The image files the fake serves at <c>/images/{file}</c> (see <see cref="FakeStore.Images"/>): each integration's
/// picture is a file of its own, so copying a picture copies the file and removing one removes only that file.
/// </summary>
internal static class ImageFiles
{
    /// <summary>The path under the server's origin where the files are served.</summary>
    public const string PathPrefix = "/images/";

    /// <summary>Stores <paramref name="data"/> under a new file name and returns that name.</summary>
    public static string Store(FakeStore store, string contentType, byte[] data)
    {
        var fileName = store.Ids.NewId().ToLowerInvariant() + contentType switch
        {
            ImageContentType.Png => ".png",
            ImageContentType.Webp => ".webp",
            _ => ".jpg",
        };
        store.Images[fileName] = new StoredImage(contentType, data);
        return fileName;
    }

    /// <summary>The URL a file is served at.</summary>
    public static string Url(Uri baseUrl, string fileName) => new Uri(baseUrl, PathPrefix + fileName).AbsoluteUri;

    /// <summary>The stored file a URL the fake handed out points to, or null.</summary>
    public static StoredImage? Find(FakeStore store, string? url) =>
        FileName(url) is { } name && store.Images.TryGetValue(name, out var image) ? image : null;

    /// <summary>A copy of the file behind <paramref name="url"/>, served next to it; null when there is no such file.</summary>
    public static string? Copy(FakeStore store, string? url)
    {
        if (url is null || Find(store, url) is not { } image)
        {
            return null;
        }

        var copy = Store(store, image.ContentType, image.Data);
        return url[..(url.LastIndexOf('/') + 1)] + copy;
    }

    /// <summary>Removes the file behind <paramref name="url"/>, if the fake has it.</summary>
    public static void Remove(FakeStore store, string? url)
    {
        if (FileName(url) is { } name)
        {
            store.Images.Remove(name);
        }
    }

    private static string? FileName(string? url)
    {
        var at = url?.LastIndexOf(PathPrefix, StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : url![(at + PathPrefix.Length)..];
    }
}
