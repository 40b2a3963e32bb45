namespace OpenApp.Integrations;

/// <summary>
/// A file the SDK is downloading for you (an image, an invite photo, message media), read as a stream: nothing is
/// buffered whole. The body arrives as you read <see cref="Content"/>; dispose the download when done.
/// </summary>
/// <remarks>
/// Reading fails with an <see cref="OpenAppTransportException"/> when the connection breaks, and with an
/// <see cref="OpenAppResponseTooLargeException"/> once more than the download's limit has arrived. The file's host
/// never receives OpenApp credentials or <c>X-Org</c>.
/// </remarks>
public sealed class OpenAppDownload : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage? _response;

    /// <summary>A download over bytes already in memory: for tests and mocks.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="contentType">Its media type, e.g. <c>image/png</c>.</param>
    public OpenAppDownload(ReadOnlyMemory<byte> content, string? contentType)
    {
        Content = new MemoryStream(content.ToArray(), writable: false);
        ContentType = contentType;
        ContentLength = content.Length;
    }

    internal OpenAppDownload(HttpResponseMessage response, Stream content, string? contentType, long? contentLength)
    {
        _response = response;
        Content = content;
        ContentType = contentType;
        ContentLength = contentLength;
    }

    /// <summary>The file's content, read as it arrives.</summary>
    public Stream Content { get; }

    /// <summary>The media type the host declared (e.g. <c>image/jpeg</c>), if any.</summary>
    public string? ContentType { get; }

    /// <summary>The length the host declared, if any.</summary>
    public long? ContentLength { get; }

    /// <summary>Closes the stream and the connection.</summary>
    public void Dispose()
    {
        Content.Dispose();
        _response?.Dispose();
    }

    /// <summary>Closes the stream and the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response?.Dispose();
    }

    /// <summary>The media type and length, e.g. <c>OpenAppDownload(image/png, 1234 bytes)</c>.</summary>
    public override string ToString() => $"OpenAppDownload({ContentType ?? "unknown type"}, {ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} bytes)";
}
