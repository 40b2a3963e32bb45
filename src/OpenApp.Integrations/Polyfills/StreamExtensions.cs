#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// Stream members of .NET Core 2.1-3.0 that netstandard2.0 lacks: Memory-based reads and writes, a cancellable
// CopyToAsync without a buffer size, and `await using (stream.ConfigureAwait(false))` (Stream is not
// IAsyncDisposable there; disposing is synchronous, as Stream.DisposeAsync's base implementation is on .NET).
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class StreamExtensions
{
    private const int CopyBufferSize = 81920;

    public static ValueTask<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (MemoryMarshal.TryGetArray<byte>(buffer, out var segment))
        {
            return new ValueTask<int>(stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken));
        }

        return ReadThroughPooledArray(stream, buffer, cancellationToken);
    }

    public static ValueTask WriteAsync(this Stream stream, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (MemoryMarshal.TryGetArray(buffer, out var segment))
        {
            return new ValueTask(stream.WriteAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken));
        }

        return WriteThroughPooledArray(stream, buffer, cancellationToken);
    }

    public static Task CopyToAsync(this Stream stream, Stream destination, CancellationToken cancellationToken) =>
        stream.CopyToAsync(destination, CopyBufferSize, cancellationToken);

    /// <summary>Disposes synchronously, as Stream.DisposeAsync's base implementation does on .NET (a failure comes back
    /// in the returned task).</summary>
    public static ValueTask DisposeAsync(this Stream stream)
    {
        try
        {
            stream.Dispose();
            return default;
        }
        catch (Exception exception)
        {
            return new ValueTask(Task.FromException(exception));
        }
    }

    public static ConfiguredStreamDisposal ConfigureAwait(this Stream stream, bool continueOnCapturedContext) =>
        new(stream, continueOnCapturedContext);

    private static async ValueTask<int> ReadThroughPooledArray(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            var read = await stream.ReadAsync(rented, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            rented.AsSpan(0, read).CopyTo(buffer.Span);
            return read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static async ValueTask WriteThroughPooledArray(Stream stream, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            buffer.Span.CopyTo(rented);
            await stream.WriteAsync(rented, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

/// <summary>What <c>await using (stream.ConfigureAwait(false))</c> disposes: the stream, synchronously.</summary>
[Embedded]
internal readonly struct ConfiguredStreamDisposal(Stream stream, bool continueOnCapturedContext)
{
    public ConfiguredValueTaskAwaitable DisposeAsync()
    {
        stream.Dispose();
        return default(ValueTask).ConfigureAwait(continueOnCapturedContext);
    }
}
#endif
