#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// System.Index and System.Range (.NET Core 3.0+), which the compiler needs for `text[..n]` and `span[a..]` (it lowers
// them to Substring/Slice). Internal copies rather than Microsoft.Bcl.Memory: one dependency fewer in the
// .NET Framework hosts (plug-ins) that must resolve every assembly a package brings.

using Microsoft.CodeAnalysis;

namespace System;

[Embedded]
internal readonly struct Index : IEquatable<Index>
{
    private readonly int _value;

    public Index(int value, bool fromEnd = false)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Non-negative number required.");
        }

        _value = fromEnd ? ~value : value;
    }

    private Index(int value) => _value = value;

    public static Index Start => new(0);

    public static Index End => new(~0);

    public int Value => _value < 0 ? ~_value : _value;

    public bool IsFromEnd => _value < 0;

    public static implicit operator Index(int value) => FromStart(value);

    public static Index FromStart(int value) => value >= 0
        ? new Index(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Non-negative number required.");

    public static Index FromEnd(int value) => value >= 0
        ? new Index(~value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Non-negative number required.");

    public int GetOffset(int length) => IsFromEnd ? length + _value + 1 : _value;

    public bool Equals(Index other) => _value == other._value;

    public override bool Equals(object? obj) => obj is Index other && Equals(other);

    public override int GetHashCode() => _value;

    public override string ToString() => IsFromEnd ? "^" + Value.ToString(Globalization.CultureInfo.InvariantCulture) : Value.ToString(Globalization.CultureInfo.InvariantCulture);
}

[Embedded]
internal readonly struct Range(Index start, Index end) : IEquatable<Range>
{
    public Index Start { get; } = start;

    public Index End { get; } = end;

    public static Range All => new(Index.Start, Index.End);

    public static Range StartAt(Index start) => new(start, Index.End);

    public static Range EndAt(Index end) => new(Index.Start, end);

    public (int Offset, int Length) GetOffsetAndLength(int length)
    {
        var start = Start.GetOffset(length);
        var end = End.GetOffset(length);
        if ((uint)end > (uint)length || (uint)start > (uint)end)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        return (start, end - start);
    }

    public bool Equals(Range other) => Start.Equals(other.Start) && End.Equals(other.End);

    public override bool Equals(object? obj) => obj is Range other && Equals(other);

    public override int GetHashCode() => (Start.GetHashCode() * 31) + End.GetHashCode();

    public override string ToString() => Start + ".." + End;
}
#endif
