using System.Text.Json.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>
/// A request field that is either not set (left out of the JSON body) or set to a value, which may be
/// <see langword="null"/> (sent as JSON <c>null</c>). This is how a partial update says "keep" versus "clear".
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <remarks>
/// Internal: generated request models keep one behind each optional property, which callers assign plainly
/// (<c>request.Config = null</c> sets it to null, so the config is cleared on the server; never touching
/// <c>Config</c> keeps it). <c>default(Optional&lt;T&gt;)</c> is "not set".
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The established name for this concept in .NET SDKs; C# callers are the audience.")]
internal readonly struct Optional<T> : IEquatable<Optional<T>>, IOptional
{
    private readonly T _value;

    /// <summary>Creates a field that is set to <paramref name="value"/> (which may be null).</summary>
    /// <param name="value">The value to send.</param>
    public Optional(T value)
    {
        _value = value;
        IsSet = true;
    }

    /// <summary>Whether the field is set and will be sent.</summary>
    public bool IsSet { get; }

    /// <summary>The value; <see langword="default"/> when the field is not set.</summary>
    public T Value => _value;

    object? IOptional.BoxedValue => _value;

    /// <summary>Sets a field to <paramref name="value"/>.</summary>
    /// <param name="value">The value to send; null is sent as JSON null.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "The constructor is the named alternate.")]
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The value if the field is set, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">What to return when the field is not set.</param>
    public T GetValueOrDefault(T fallback) => IsSet ? _value : fallback;

    /// <inheritdoc />
    public bool Equals(Optional<T> other) =>
        IsSet == other.IsSet && EqualityComparer<T>.Default.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsSet ? HashCode.Combine(true, _value) : 0;

    /// <summary>Whether two fields are both unset, or both set to equal values.</summary>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>Whether two fields differ.</summary>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <summary>A short description that never includes the value, so secrets cannot leak through logs.</summary>
    public override string ToString() => IsSet ? (_value is null ? "Optional(null)" : "Optional(set)") : "Optional(unset)";
}

/// <summary>
/// Non-generic view of <see cref="Optional{T}"/>, for code that inspects request fields without knowing their type.
/// The serializer does not use it: going through an interface would box every field it writes.
/// </summary>
internal interface IOptional
{
    /// <summary>Whether the field is set.</summary>
    bool IsSet { get; }

    /// <summary>The value, boxed.</summary>
    object? BoxedValue { get; }
}
