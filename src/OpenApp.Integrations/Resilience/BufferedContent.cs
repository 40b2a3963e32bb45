using System.Net;

namespace OpenApp.Integrations.Resilience;

/// <summary>
/// A response body held in memory. Each attempt reads its body inside the pipeline (so the attempt timeout covers a
/// slow body and a broken one can be retried); an error body is capped so the retry decision can peek at its
/// <c>error_code</c> and the final exception can still read it.
/// </summary>
internal sealed class BufferedContent : HttpContent
{
    /// <summary>The most bytes of an error body kept; enough for any JSON error, bounded for a runaway HTML page.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    private readonly byte[] _buffer;
    private readonly int _length;

    private BufferedContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Bytes => _buffer.AsMemory(0, _length);

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
            byte[] buffer;
            int length;
            if (isSuccess)
            {
                buffer = await original.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                length = buffer.Length;
            }
            else
            {
                (buffer, length) = await ReadCappedAsync(original, cancellationToken).ConfigureAwait(false);
            }

            var buffered = new BufferedContent(buffer, length);
            foreach (var (name, values) in original.Headers)
            {
                // The length is the buffer's now (an error body may have been cut).
                if (!string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    buffered.Headers.TryAddWithoutValidation(name, values);
                }
            }

            response.Content = buffered;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_buffer, 0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_buffer, 0, _length, cancellationToken);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(_buffer, 0, _length);

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(_buffer, 0, _length, writable: false);

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(_buffer, 0, _length, writable: false));

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        CreateContentReadStreamAsync();

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    private static async Task<(byte[] Buffer, int Length)> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length &&
                   (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return (buffer, total);
        }
    }
}
