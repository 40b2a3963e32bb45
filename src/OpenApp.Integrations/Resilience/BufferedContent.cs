using System.Buffers;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace OpenApp.Integrations.Resilience;

/// <summary>
/// A response body held in memory. Each attempt reads its body inside the pipeline (so the attempt timeout covers a
/// slow body and a broken one can be retried); an error body is capped so the retry decision can peek at its
/// <c>error_code</c> and the final exception can still read it.
/// </summary>
/// <remarks>
/// The bytes live in an array rented from <see cref="ArrayPool{T}.Shared"/> and go back to the pool when the content
/// is disposed (the transport disposes every response once it has decoded or rejected it), so a call costs no body
/// copy on the heap. Nothing may keep <see cref="Bytes"/> past that point.
/// </remarks>
internal sealed class BufferedContent : HttpContent
{
    /// <summary>The most bytes of an error body kept; enough for any JSON error, bounded for a runaway HTML page.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    // What to rent first when the length is unknown, and the most to rent up front whatever Content-Length claims
    // (the buffer grows as bytes actually arrive).
    private const int UnknownLengthBuffer = 16 * 1024;
    private const int MaxInitialBuffer = 1024 * 1024;

    private byte[]? _buffer;
    private readonly int _length;

    private BufferedContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The body (empty once disposed).</summary>
    public ReadOnlyMemory<byte> Bytes => _buffer is { } buffer ? buffer.AsMemory(0, _length) : ReadOnlyMemory<byte>.Empty;

    /// <summary>The body's length in bytes.</summary>
    public int Length => _length;

    /// <summary>
    /// Replaces <paramref name="response"/>'s content with a buffered copy: all of it for a success, at most
    /// <see cref="MaxErrorBodyBytes"/> for an error. The original content is disposed.
    /// </summary>
    public static async Task BufferAsync(HttpResponseMessage response, bool isSuccess, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is null or BufferedContent)
        {
            return;
        }

        using (original)
        {
            var (buffer, length) = await ReadAsync(original, isSuccess ? int.MaxValue : MaxErrorBodyBytes, cancellationToken)
                .ConfigureAwait(false);
            var buffered = new BufferedContent(buffer, length);
            CopyHeaders(original, buffered);
            response.Content = buffered;
        }
    }

    /// <summary>
    /// Reads a whole success body into an array rented from <see cref="ArrayPool{T}.Shared"/>; the caller returns it.
    /// A body that breaks off is an <see cref="HttpRequestException"/>, as from <c>HttpContent.ReadAsByteArrayAsync</c>.
    /// </summary>
    public static ValueTask<(byte[] Buffer, int Length)> ReadSuccessBodyAsync(HttpContent content, CancellationToken cancellationToken) =>
        ReadAsync(content, int.MaxValue, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Live, 0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Live, 0, _length, cancellationToken);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(Live, 0, _length);

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(Live, 0, _length, writable: false);

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(Live, 0, _length, writable: false));

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        CreateContentReadStreamAsync();

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    private byte[] Live => _buffer ?? throw new ObjectDisposedException(nameof(BufferedContent));

    // The header values are copied as the handler left them (NonValidated: no parsing and no re-formatting, which is
    // what made copying cost more than the body itself). The length is the buffer's now (an error body may be cut).
    private static void CopyHeaders(HttpContent original, BufferedContent buffered)
    {
        var target = buffered.Headers;
        foreach (var (name, values) in original.Headers.NonValidated)
        {
            if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (values.Count == 1)
            {
                target.TryAddWithoutValidation(name, values.ToString());
            }
            else
            {
                foreach (var value in values)
                {
                    target.TryAddWithoutValidation(name, value);
                }
            }
        }
    }

    /// <summary>Reads up to <paramref name="cap"/> bytes of <paramref name="content"/> into a rented array.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))] // a network body completes asynchronously: reuse the box
    private static async ValueTask<(byte[] Buffer, int Length)> ReadAsync(HttpContent content, int cap, CancellationToken cancellationToken)
    {
        var declared = DeclaredLength(content);
        var initial = declared is { } length && length >= 0
            ? (int)Math.Min(Math.Min(length + 1, MaxInitialBuffer), cap) // +1: room to see the end without growing
            : Math.Min(UnknownLengthBuffer, cap);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 1));
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var total = 0;
                while (total < cap)
                {
                    if (total == buffer.Length)
                    {
                        buffer = Grow(buffer, cap);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(total, Math.Min(buffer.Length, cap) - total), cancellationToken)
                        .ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }

                return (buffer, total);
            }
        }
        catch (Exception ex) when (cap == int.MaxValue && ex is IOException or ObjectDisposedException)
        {
            // A whole (success) body is read as HttpContent.ReadAsByteArrayAsync did, which reports a body that broke
            // off as an HttpRequestException; a capped error body's failure stays as it was.
            ArrayPool<byte>.Shared.Return(buffer);
            throw new HttpRequestException("Error while copying content to a stream.", ex);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    // The raw Content-Length a network response came with, parsed here: reading Headers.ContentLength would store a
    // parsed (boxed) copy in the headers. Contents made in memory have no such header but compute their length.
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

    private static byte[] Grow(byte[] buffer, int cap)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Max(cap, buffer.Length + 1)));
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
