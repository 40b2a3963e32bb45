namespace OpenApp.Integrations.Transport;

/// <summary>
/// The body of a download as the caller reads it: counted (no more than the limit is handed out) and with every
/// failure of the network or the content stream turned into an <see cref="OpenAppTransportException"/>.
/// </summary>
internal sealed class DownloadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly string _where;
    private long _read;

    public DownloadStream(Stream inner, long limit, string where)
    {
        _inner = inner;
        _limit = limit;
        _where = where;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(Guarded(() => _inner.Read(buffer, offset, count)));

#if NET
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
#else
    // netstandard2.0's Stream has no Memory overload to override: ReadAsync(byte[], ...) below, and the Stream
    // polyfill for callers that hold a plain Stream, come here through it.
    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
#endif
    {
        try
        {
            return Counted(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OpenAppException)
        {
            throw Broken(ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        _read += read;
        if (_read > _limit)
        {
            throw new OpenAppResponseTooLargeException(
                $"The file at {_where} is larger than {_limit} bytes; the SDK stopped reading it.", _limit, null);
        }

        return read;
    }

    private int Guarded(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OpenAppException)
        {
            throw Broken(ex);
        }
    }

    private OpenAppTransportException Broken(Exception cause) =>
        new($"Downloading the file at {_where} failed while reading it: {cause.Message}", cause);
}
