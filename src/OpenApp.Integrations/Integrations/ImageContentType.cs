namespace OpenApp.Integrations;

/// <summary>
/// The image types the server accepts (JPEG, PNG, WebP) and how the SDK recognizes them: from a declared content
/// type, a file extension, or the file's first bytes.
/// </summary>
public static class ImageContentType
{
    /// <summary><c>image/jpeg</c>.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary><c>image/png</c>.</summary>
    public const string Png = "image/png";

    /// <summary><c>image/webp</c>.</summary>
    public const string Webp = "image/webp";

    /// <summary>Whether <paramref name="contentType"/> (parameters ignored, case-insensitive) is accepted.</summary>
    /// <param name="contentType">A media type such as <c>image/png; charset=binary</c>.</param>
    public static string? Normalize(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var media = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        return media switch
        {
            Jpeg or "image/jpg" or "image/pjpeg" => Jpeg,
            Png => Png,
            Webp => Webp,
            _ => null,
        };
    }

    /// <summary>The accepted type a file name's extension implies, or null.</summary>
    /// <param name="fileName">A file name or URL path.</param>
    public static string? FromExtension(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return extension switch
        {
            ".jpg" or ".jpeg" => Jpeg,
            ".png" => Png,
            ".webp" => Webp,
            _ => null,
        };
    }

    /// <summary>The accepted type the first bytes reveal (JPEG <c>FF D8 FF</c>, PNG signature, <c>RIFF....WEBP</c>), or null.</summary>
    /// <param name="data">The start of the file.</param>
    public static string? FromMagicBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return Jpeg;
        }

        if (data.Length >= 8 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        return null;
    }
}
