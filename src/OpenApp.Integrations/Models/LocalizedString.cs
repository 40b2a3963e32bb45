using System.Collections;
using System.Text.Json.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>
/// Text in one or more locales. On the wire a flat map from locale to text (<c>{"en": "Lobby", "he": "..."}</c>);
/// requests may also carry a plain string, which is what <c>LocalizedString name = "Lobby"</c> sends.
/// </summary>
[JsonConverter(typeof(LocalizedStringJsonConverter))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "It is a string in several locales, not a general-purpose dictionary.")]
public sealed class LocalizedString : IReadOnlyDictionary<string, string>, IEquatable<LocalizedString>
{
    private static readonly IReadOnlyDictionary<string, string> s_empty = new Dictionary<string, string>(0);
    private readonly IReadOnlyDictionary<string, string> _values;

    /// <summary>Creates an empty localized string.</summary>
    public LocalizedString()
    {
        _values = s_empty;
    }

    /// <summary>Creates a localized string from a locale → text map (copied).</summary>
    /// <param name="values">Locale codes (e.g. <c>en</c>, <c>he</c>) and their text.</param>
    public LocalizedString(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (locale, text) in values)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(locale, nameof(values));
            ArgumentNullException.ThrowIfNull(text, nameof(values));
            copy[locale] = text;
        }

        _values = copy;
    }

    private LocalizedString(string plainText)
    {
        _values = s_empty;
        PlainText = plainText;
    }

    /// <summary>
    /// The text when this value is a plain string rather than a locale map (request form only); otherwise null.
    /// </summary>
    public string? PlainText { get; }

    /// <summary>Creates a value that goes on the wire as a plain JSON string.</summary>
    /// <param name="text">The text.</param>
    public static LocalizedString FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LocalizedString(text);
    }

    /// <summary>Creates a value with one locale.</summary>
    /// <param name="locale">The locale code, e.g. <c>en</c>.</param>
    /// <param name="text">The text in that locale.</param>
    public static LocalizedString FromLocale(string locale, string text) =>
        new(new[] { new KeyValuePair<string, string>(locale, text) });

    /// <summary>A plain string becomes a plain-string value.</summary>
    /// <param name="text">The text.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "FromText is the named alternate.")]
    public static implicit operator LocalizedString(string text) => FromText(text);

    /// <summary>The text to show when no locale is asked for: the plain text, else English, else the first locale.</summary>
    public string? DefaultText =>
        PlainText ?? (_values.TryGetValue("en", out var en) ? en : _values.Values.FirstOrDefault());

    /// <summary>All the texts this value holds, in every locale (or the plain text).</summary>
    public IEnumerable<string> AllTexts => PlainText is not null ? new[] { PlainText } : _values.Values;

    /// <summary>The text in <paramref name="locale"/>, falling back to <see cref="DefaultText"/>.</summary>
    /// <param name="locale">The locale code to look for.</param>
    public string? Get(string locale) => _values.TryGetValue(locale, out var text) ? text : DefaultText;

    /// <inheritdoc />
    public string this[string key] => _values[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(LocalizedString? other)
    {
        if (other is null)
        {
            return false;
        }

        if (PlainText is not null || other.PlainText is not null)
        {
            return string.Equals(PlainText, other.PlainText, StringComparison.Ordinal);
        }

        return _values.Count == other._values.Count &&
            _values.All(kv => other._values.TryGetValue(kv.Key, out var v) && string.Equals(v, kv.Value, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedString);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (PlainText is not null)
        {
            return StringComparer.Ordinal.GetHashCode(PlainText);
        }

        var hash = 0;
        foreach (var (locale, text) in _values)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(locale), StringComparer.Ordinal.GetHashCode(text));
        }

        return hash;
    }

    /// <summary>The default text (see <see cref="DefaultText"/>), or an empty string.</summary>
    public override string ToString() => DefaultText ?? string.Empty;
}
