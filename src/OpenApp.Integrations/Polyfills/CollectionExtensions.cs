#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// Collection members of .NET Core 2.0-7 that netstandard2.0 lacks.
using System.Collections.ObjectModel;
using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class CollectionExtensions
{
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }

    public static ReadOnlyDictionary<TKey, TValue> AsReadOnly<TKey, TValue>(this IDictionary<TKey, TValue> dictionary)
        where TKey : notnull => new(dictionary);

    public static ReadOnlyCollection<T> AsReadOnly<T>(this IList<T> list) => new(list);

    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    public static bool Remove<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, out TValue value)
        where TKey : notnull =>
        dictionary.TryGetValue(key, out value!) && dictionary.Remove(key);

    public static TValue? GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) =>
        dictionary.TryGetValue(key, out var value) ? value : default;

    public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue) =>
        dictionary.TryGetValue(key, out var value) ? value : defaultValue;

    // A HashSet (as on .NET) that is also the polyfilled IReadOnlySet, so it can be stored as one.
    public static ReadOnlySetHashSet<T> ToHashSet<T>(this IEnumerable<T> source, IEqualityComparer<T>? comparer = null) => new(source, comparer);
}
#endif
