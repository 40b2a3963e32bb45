#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// HttpHeaders.NonValidated (.NET 6+) for netstandard2.0, where every header read parses. It enumerates and looks
// up through the ordinary API: the same names and values, only parsed on the way (invalid values are still
// returned as sent).
using System.Collections;
using Microsoft.CodeAnalysis;

namespace System.Net.Http.Headers;

[Embedded]
internal readonly struct HttpHeadersNonValidated(HttpHeaders headers) : IEnumerable<KeyValuePair<string, HeaderStringValues>>
{
    public int Count => headers.Count();

    public bool Contains(string headerName) => headers.TryGetValues(headerName, out _);

    public bool TryGetValues(string headerName, out HeaderStringValues values)
    {
        if (headers.TryGetValues(headerName, out var found))
        {
            values = new HeaderStringValues(found);
            return true;
        }

        values = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, HeaderStringValues>> GetEnumerator()
    {
        foreach (var header in headers)
        {
            yield return new KeyValuePair<string, HeaderStringValues>(header.Key, new HeaderStringValues(header.Value));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One header's values; <see cref="ToString"/> joins them with ", " as .NET's type does.</summary>
[Embedded]
internal readonly struct HeaderStringValues(IEnumerable<string> values) : IReadOnlyCollection<string>
{
    private readonly string[] _values = values as string[] ?? values?.ToArray() ?? [];

    public int Count => _values?.Length ?? 0;

    public override string ToString() => _values is null ? string.Empty : string.Join(", ", _values);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)(_values ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
#endif
