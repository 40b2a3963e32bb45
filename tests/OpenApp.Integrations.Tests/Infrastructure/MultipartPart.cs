using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>One part of a multipart/form-data body as received.</summary>
/// <param name="Name">The form field name.</param>
/// <param name="FileName">The file name, if the part is a file.</param>
/// <param name="ContentType">The part's content type, if any.</param>
/// <param name="Content">The part's bytes.</param>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    /// <summary>Splits a received body into its parts with ASP.NET Core's reader.</summary>
    public static async Task<IReadOnlyList<MultipartPart>> ReadAllAsync(string contentType, byte[] body)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value;
        Assert.False(string.IsNullOrEmpty(boundary), "The multipart body has no boundary.");
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        var parts = new List<MultipartPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            parts.Add(new MultipartPart(
                HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty,
                HeaderUtilities.RemoveQuotes(disposition.FileName).Value,
                section.ContentType,
                content.ToArray()));
        }

        return parts;
    }
}
