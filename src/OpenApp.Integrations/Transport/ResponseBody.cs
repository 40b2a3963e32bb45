using System.Buffers;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// A response body in memory. Small bodies live in an array rented from <see cref="ArrayPool{T}.Shared"/> and go back
/// when released; a body past <see cref="MaxPooledBytes"/> gets a plain array, so a huge answer never parks a huge
/// array in the shared pool after the call (the garbage collector takes it back).
/// </summary>
internal sealed class ResponseBody
{
    /// <summary>The largest buffer rented from the shared pool.</summary>
    public const int MaxPooledBytes = 1024 * 1024;

    /// <summary>A body of no bytes.</summary>
    public static readonly ResponseBody Empty = new([], 0, pooled: false);

    private byte[]? _buffer;
    private readonly bool _pooled;

    public ResponseBody(byte[] buffer, int length, bool pooled)
    {
        _buffer = buffer;
        Length = length;
        _pooled = pooled;
    }

    /// <summary>How many bytes the body has.</summary>
    public int Length { get; }

    /// <summary>The bytes; empty once released.</summary>
    public ReadOnlySpan<byte> Span => _buffer is { } buffer ? buffer.AsSpan(0, Length) : default;

    /// <summary>Gives a pooled buffer back (once); the bytes must not be used afterwards.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer && _pooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
