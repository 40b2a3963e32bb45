#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// System.Buffers.ArrayBufferWriter<T> (.NET Core 3.0+): an IBufferWriter<T> over a growing array. The copy some
// packages carry is internal to them.

using Microsoft.CodeAnalysis;

namespace System.Buffers;

[Embedded]
internal sealed class ArrayBufferWriter<T> : IBufferWriter<T>
{
    private const int DefaultInitialSize = 256;

    private T[] _buffer;
    private int _index;

    public ArrayBufferWriter() => _buffer = [];

    public ArrayBufferWriter(int initialCapacity)
    {
        if (initialCapacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity, "The capacity must be positive.");
        }

        _buffer = new T[initialCapacity];
    }

    public ReadOnlyMemory<T> WrittenMemory => _buffer.AsMemory(0, _index);

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _index);

    public int WrittenCount => _index;

    public int Capacity => _buffer.Length;

    public int FreeCapacity => _buffer.Length - _index;

    public void Clear()
    {
        _buffer.AsSpan(0, _index).Clear();
        _index = 0;
    }

    public void ResetWrittenCount() => _index = 0;

    public void Advance(int count)
    {
        if (count < 0 || _index > _buffer.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Cannot advance past the end of the buffer.");
        }

        _index += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _buffer.AsMemory(_index);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _buffer.AsSpan(_index);
    }

    private void EnsureFree(int sizeHint)
    {
        if (sizeHint < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeHint), sizeHint, "The size hint must not be negative.");
        }

        if (sizeHint == 0)
        {
            sizeHint = 1;
        }

        if (sizeHint <= FreeCapacity)
        {
            return;
        }

        // Doubles, or grows by the hint when that is more; never past the largest array length.
        var growBy = Math.Max(sizeHint, Math.Max(_buffer.Length, DefaultInitialSize));
        var newSize = Math.Min((long)_buffer.Length + growBy, 0x7FFFFFC7);
        Array.Resize(ref _buffer, checked((int)Math.Max(newSize, (long)_buffer.Length + sizeHint)));
    }
}
#endif
