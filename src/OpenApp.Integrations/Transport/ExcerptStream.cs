using System.Text;

namespace OpenApp.Integrations.Transport;

/// <summary>A read-only pass-through stream that remembers the first bytes read, for error excerpts.</summary>
internal sealed class ExcerptStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private int _headLength;

    public ExcerptStream(Stream inner, int capacity)
    {
        _inner = inner;
        _head = new byte[capacity];
    }

    /// <summary>What was read so far, up to the capacity, as text.</summary>
    public string Excerpt => Encoding.UTF8.GetString(_head, 0, _headLength);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Remember(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Remember(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Remember(ReadOnlySpan<byte> read)
    {
        var room = _head.Length - _headLength;
        if (room > 0)
        {
            var take = Math.Min(room, read.Length);
            read[..take].CopyTo(_head.AsSpan(_headLength));
            _headLength += take;
        }

        return read.Length;
    }
}
