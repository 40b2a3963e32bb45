using System.Buffers;
using System.Globalization;

namespace OpenApp.Integrations.Transport;

/// <summary>What reading a body gave: the bytes, or that the body was larger than allowed.</summary>
/// <param name="Body">The bytes read (up to the limit).</param>
/// <param name="TooLarge">Whether the body (or its declared length) exceeded the limit; nothing past it was read.</param>
/// <param name="DeclaredLength">The <c>Content-Length</c> the response declared, if any.</param>
internal readonly record struct BodyRead(ResponseBody Body, bool TooLarge, long? DeclaredLength);

/// <summary>
/// Reads a response body into memory, never more than a limit: a declared <c>Content-Length</c> above it is refused
/// before a byte is read, and an endless or decompressing body is cut when the bytes read (after decompression)
/// pass it.
/// </summary>
internal static class ResponseBodyReader
{
    // What to allocate first when the length is unknown; the buffer doubles as bytes actually arrive.
    private const int FirstBuffer = 16 * 1024;

    /// <summary>
    /// Reads <paramref name="content"/>. With <paramref name="isCapOnly"/> the limit is a cap (an error body keeps its
    /// first bytes); otherwise a body past the limit is reported as <see cref="BodyRead.TooLarge"/>.
    /// </summary>
    public static async ValueTask<BodyRead> ReadAsync(HttpContent content, long limit, bool isCapOnly, CancellationToken cancellationToken)
    {
        var declared = DeclaredLength(content);
        if (!isCapOnly && declared > limit)
        {
            return new BodyRead(ResponseBody.Empty, TooLarge: true, declared);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var size = (int)Math.Min(Math.Min(declared + 1 ?? FirstBuffer, limit), ResponseBody.MaxPooledBytes);
            var buffer = Rent(Math.Max(size, 1));
            var total = 0;
            try
            {
                while (total < limit)
                {
                    if (total == buffer.Length)
                    {
                        buffer = Grow(buffer, total, limit);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(total, (int)Math.Min(buffer.Length - total, limit - total)), cancellationToken)
                        .ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new BodyRead(new ResponseBody(buffer, total, IsPooled(buffer)), TooLarge: false, declared);
                    }

                    total += read;
                }

                // Exactly at the limit: one more byte tells a body that ends there from one that goes on.
                if (!isCapOnly && await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0)
                {
                    Release(buffer);
                    return new BodyRead(ResponseBody.Empty, TooLarge: true, declared);
                }

                return new BodyRead(new ResponseBody(buffer, total, IsPooled(buffer)), TooLarge: false, declared);
            }
            catch
            {
                Release(buffer);
                throw;
            }
        }
    }

    // The raw Content-Length: reading Headers.ContentLength would also store a parsed copy in the headers. Contents made
    // in memory (tests, caller handlers) have no raw header but compute their length.
    private static long? DeclaredLength(HttpContent content)
    {
        if (content.Headers.NonValidated.TryGetValues("Content-Length", out var values))
        {
            return values.Count == 1 && long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                ? length
                : null;
        }

        return content.Headers.ContentLength;
    }

    private static byte[] Grow(byte[] buffer, int used, long limit)
    {
        var size = (int)Math.Min(Math.Min((long)buffer.Length * 2, limit), Array.MaxLength);
        var larger = Rent(size);
        buffer.AsSpan(0, used).CopyTo(larger);
        Release(buffer);
        return larger;
    }

    // Pooled up to 1 MiB; beyond that a plain array that the garbage collector reclaims after the call.
    private static byte[] Rent(int size) =>
        size <= ResponseBody.MaxPooledBytes ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    private static bool IsPooled(byte[] buffer) => buffer.Length <= ResponseBody.MaxPooledBytes;

    private static void Release(byte[] buffer)
    {
        if (IsPooled(buffer))
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
