#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// System.Net.Http.ReadOnlyMemoryContent (.NET Core 2.1+): HTTP content over a ReadOnlyMemory<byte>, written without a
// copy when the memory wraps an array (it always does in the SDK).
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace System.Net.Http;

[Embedded]
internal sealed class ReadOnlyMemoryContent(ReadOnlyMemory<byte> content) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        if (MemoryMarshal.TryGetArray(content, out var segment))
        {
            return stream.WriteAsync(segment.Array!, segment.Offset, segment.Count);
        }

        var copy = content.ToArray();
        return stream.WriteAsync(copy, 0, copy.Length);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = content.Length;
        return true;
    }

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false));
}
#endif
