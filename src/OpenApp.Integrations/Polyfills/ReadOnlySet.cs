#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// System.Collections.Generic.IReadOnlySet<T> (.NET 5+) for netstandard2.0, where System.Collections.Immutable keeps
// its own copy internal. The sets the code builds with ToHashSet (CollectionExtensions) implement it, so a field
// typed IReadOnlySet<T> holds them unchanged; any other set has to be converted where it is assigned.
using Microsoft.CodeAnalysis;

namespace System.Collections.Generic;

[Embedded]
internal interface IReadOnlySet<T> : IReadOnlyCollection<T>
{
    bool Contains(T item);

    bool IsProperSubsetOf(IEnumerable<T> other);

    bool IsProperSupersetOf(IEnumerable<T> other);

    bool IsSubsetOf(IEnumerable<T> other);

    bool IsSupersetOf(IEnumerable<T> other);

    bool Overlaps(IEnumerable<T> other);

    bool SetEquals(IEnumerable<T> other);
}

/// <summary>A <see cref="HashSet{T}"/> that is also an <see cref="IReadOnlySet{T}"/>, as every HashSet is on .NET 5+.</summary>
[Embedded]
internal sealed class ReadOnlySetHashSet<T> : HashSet<T>, IReadOnlySet<T>
{
    public ReadOnlySetHashSet(IEnumerable<T> collection, IEqualityComparer<T>? comparer)
        : base(collection, comparer)
    {
    }
}
#endif
