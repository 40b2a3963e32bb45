using System.Buffers;
using System.Globalization;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// Builds a request URI's text in a stack buffer (an array from the pool when it outgrows it), so a call's path and
/// query cost one string, not a StringBuilder and its chunks.
/// </summary>
internal ref struct UriTextBuilder
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    public UriTextBuilder(Span<char> initial)
    {
        _rented = null;
        _chars = initial;
        _length = 0;
    }

    public readonly int Length => _length;

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    /// <summary>Appends <paramref name="text"/> percent-encoded as URI data (RFC 3986 unreserved characters kept).</summary>
    public void AppendEscaped(string text) =>
        // Uri.EscapeDataString returns the same string when nothing needs escaping: no allocation for ids and keys.
        Append(Uri.EscapeDataString(text));

    public void Append(long value)
    {
        int written;
        while (!value.TryFormat(_chars[_length..], out written, provider: CultureInfo.InvariantCulture))
        {
            Grow(20);
        }

        _length += written;
    }

    public override readonly string ToString() => _chars[.._length].ToString();

    /// <summary>Returns the pooled array, if one was rented.</summary>
    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + needed));
        _chars[.._length].CopyTo(larger);
        if (_rented is { } old)
        {
            ArrayPool<char>.Shared.Return(old);
        }

        _rented = larger;
        _chars = larger;
    }
}
