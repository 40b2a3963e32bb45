#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// MemoryExtensions members of .NET Core 3.0+ that the System.Memory package lacks (it trims only spans of char).

using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class SpanExtensions
{
    public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements)
        where T : IEquatable<T>
    {
        var start = 0;
        while (start < span.Length && trimElements.IndexOf(span[start]) >= 0)
        {
            start++;
        }

        return span.Slice(start);
    }

    public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements)
        where T : IEquatable<T>
    {
        var end = span.Length;
        while (end > 0 && trimElements.IndexOf(span[end - 1]) >= 0)
        {
            end--;
        }

        return span.Slice(0, end);
    }

    public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements)
        where T : IEquatable<T> => span.TrimStart(trimElements).TrimEnd(trimElements);

    public static bool Contains<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T> => span.IndexOf(value) >= 0;
}
#endif
