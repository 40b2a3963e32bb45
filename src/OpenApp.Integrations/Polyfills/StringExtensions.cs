#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// String, StringBuilder, Encoding and number-formatting members of .NET Core 2.1+ that netstandard2.0 lacks. The
// span overloads copy through pinned pointers, not temporary arrays, so they cost what they cost on .NET.
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class StringExtensions
{
    extension(string)
    {
        /// <summary><c>string.Create(provider, $"...")</c>: the interpolation formatted with <paramref name="provider"/>.</summary>
        public static string Create(IFormatProvider? provider, [InterpolatedStringHandlerArgument(nameof(provider))] ref DefaultInterpolatedStringHandler handler) =>
            handler.ToStringAndClear();

        public static string Join(char separator, params string?[] values) => string.Join(separator.ToString(), values);

        public static string Join(char separator, IEnumerable<string?> values) => string.Join(separator.ToString(), values);
    }

    public static bool Contains(this string text, char value) => text.IndexOf(value) >= 0;

    public static bool Contains(this string text, char value, StringComparison comparison) =>
        text.IndexOf(value.ToString(), comparison) >= 0;

    public static bool Contains(this string text, string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

    public static int IndexOf(this string text, char value, StringComparison comparison) => text.IndexOf(value.ToString(), comparison);

    public static bool StartsWith(this string text, char value) => text.Length > 0 && text[0] == value;

    public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

    public static string[] Split(this string text, char separator, StringSplitOptions options = StringSplitOptions.None) =>
        text.Split([separator], options);

    public static string[] Split(this string text, char separator, int count, StringSplitOptions options = StringSplitOptions.None) =>
        text.Split([separator], count, options);

    public static string Replace(this string text, string oldValue, string? newValue, StringComparison comparison)
    {
        ArgumentException.ThrowIfNullOrEmpty(oldValue);
        var at = text.IndexOf(oldValue, comparison);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        while (at >= 0)
        {
            result.Append(text, from, at - from).Append(newValue);
            from = at + oldValue.Length;
            at = text.IndexOf(oldValue, from, comparison);
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    public static unsafe StringBuilder Append(this StringBuilder builder, ReadOnlySpan<char> value)
    {
        fixed (char* chars = value)
        {
            return builder.Append(chars, value.Length);
        }
    }

    public static unsafe string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* pointer = bytes)
        {
            return encoding.GetString(pointer, bytes.Length);
        }
    }

    public static unsafe int GetByteCount(this Encoding encoding, ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return 0;
        }

        fixed (char* pointer = chars)
        {
            return encoding.GetByteCount(pointer, chars.Length);
        }
    }

    public static unsafe int GetBytes(this Encoding encoding, ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        if (chars.IsEmpty)
        {
            return 0;
        }

        fixed (char* source = chars)
        fixed (byte* target = bytes)
        {
            return encoding.GetBytes(source, chars.Length, target, bytes.Length);
        }
    }

    public static bool TryFormat(this long value, Span<char> destination, out int charsWritten, string? format = null, IFormatProvider? provider = null) =>
        TryCopy(value.ToString(format, provider), destination, out charsWritten);

    public static bool TryFormat(this int value, Span<char> destination, out int charsWritten, string? format = null, IFormatProvider? provider = null) =>
        TryCopy(value.ToString(format, provider), destination, out charsWritten);

    private static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
#endif
