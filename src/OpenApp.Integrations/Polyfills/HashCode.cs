#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// System.HashCode (.NET Core 2.1+): xxHash32 over the values' hash codes with a per-process random seed, like the
// runtime's, so hash flooding stays as hard as there. Internal rather than Microsoft.Bcl.HashCode (one assembly fewer).
using System.Security.Cryptography;
using Microsoft.CodeAnalysis;

namespace System;

[Embedded]
internal struct HashCode
{
    private const uint Prime1 = 2654435761U;
    private const uint Prime2 = 2246822519U;
    private const uint Prime3 = 3266489917U;
    private const uint Prime4 = 668265263U;
    private const uint Prime5 = 374761393U;

    private static readonly uint s_seed = CreateSeed();

    private uint _v1, _v2, _v3, _v4;
    private uint _queue1, _queue2, _queue3;
    private uint _length;

    public static int Combine<T1>(T1 value1)
    {
        var hash = new HashCode();
        hash.Add(value1);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2>(T1 value1, T2 value2)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        return hash.ToHashCode();
    }

    public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
    {
        var hash = new HashCode();
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        hash.Add(value5);
        return hash.ToHashCode();
    }

    public void Add<T>(T value) => Add(value?.GetHashCode() ?? 0);

    public void Add<T>(T value, IEqualityComparer<T>? comparer) =>
        Add(value is null ? 0 : (comparer ?? EqualityComparer<T>.Default).GetHashCode(value));

    public readonly int ToHashCode()
    {
        var length = _length;
        var position = length % 4;
        var hash = length < 4 ? s_seed + Prime5 : RotateLeft(_v1, 1) + RotateLeft(_v2, 7) + RotateLeft(_v3, 12) + RotateLeft(_v4, 18);
        hash += length * 4;
        if (position > 0)
        {
            hash = QueueRound(hash, _queue1);
            if (position > 1)
            {
                hash = QueueRound(hash, _queue2);
                if (position > 2)
                {
                    hash = QueueRound(hash, _queue3);
                }
            }
        }

        hash ^= hash >> 15;
        hash *= Prime2;
        hash ^= hash >> 13;
        hash *= Prime3;
        hash ^= hash >> 16;
        return (int)hash;
    }

    public override readonly int GetHashCode() => throw new NotSupportedException("HashCode is a builder: call ToHashCode().");

    public override readonly bool Equals(object? obj) => throw new NotSupportedException("HashCode is a builder: it has no equality.");

    private void Add(int value)
    {
        var current = (uint)value;
        var previousLength = _length++;
        var position = previousLength % 4;
        if (position == 0)
        {
            _queue1 = current;
        }
        else if (position == 1)
        {
            _queue2 = current;
        }
        else if (position == 2)
        {
            _queue3 = current;
        }
        else
        {
            if (previousLength == 3)
            {
                _v1 = s_seed + Prime1 + Prime2;
                _v2 = s_seed + Prime2;
                _v3 = s_seed;
                _v4 = s_seed - Prime1;
            }

            _v1 = Round(_v1, _queue1);
            _v2 = Round(_v2, _queue2);
            _v3 = Round(_v3, _queue3);
            _v4 = Round(_v4, current);
        }
    }

    private static uint Round(uint hash, uint input) => RotateLeft(hash + (input * Prime2), 13) * Prime1;

    private static uint QueueRound(uint hash, uint queued) => RotateLeft(hash + (queued * Prime3), 17) * Prime4;

    private static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));

    private static uint CreateSeed()
    {
        var bytes = new byte[4];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return BitConverter.ToUInt32(bytes, 0);
    }
}
#endif
