using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The multipart body of an image upload (part <c>file</c>), built only after the bytes proved to be a JPEG, PNG or
/// WebP image that matches the declared type: the checks every upload method shares.
/// </summary>
internal static class ImageUpload
{
    /// <summary>The checked body.</summary>
    /// <exception cref="ArgumentException">
    /// The file name is blank or holds CR, LF or a quote (<c>fileName</c>); the bytes are not an accepted image
    /// (<c>image</c>); the declared type is not accepted or contradicts the bytes (<c>contentType</c>).
    /// </exception>
    public static RequestBody Body(ReadOnlyMemory<byte> image, string fileName, string? contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (fileName.AsSpan().IndexOfAny('\r', '\n', '"') >= 0)
        {
            throw new ArgumentException("The file name must not contain CR, LF or quotes.", nameof(fileName));
        }

        var detected = ImageContentType.FromMagicBytes(image.Span) ?? throw new ArgumentException(
            "The image is not a JPEG, PNG or WebP file (checked from its first bytes).", nameof(image));
        if (contentType is not null)
        {
            var declared = ImageContentType.Normalize(contentType) ?? throw new ArgumentException(
                $"The content type '{contentType}' is not accepted; use image/jpeg, image/png or image/webp.", nameof(contentType));
            if (!string.Equals(declared, detected, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The content type '{contentType}' does not match the image bytes ({detected}).", nameof(contentType));
            }
        }

        return new MultipartFileBody("file", fileName, detected, image);
    }

    /// <summary>Reads a stream to its end, so the body can be sent again on another attempt.</summary>
    public static async Task<byte[]> ReadAllAsync(Stream image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
