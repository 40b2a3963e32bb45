using System.Text.Json.Serialization;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>What an entity is: a door, a switch, a light, a sensor, an apartment, ...</summary>
/// <remarks>An open set: values this SDK does not name are kept as they are, never rejected.</remarks>
[JsonConverter(typeof(ExtensibleValueJsonConverter<EntityType>))]
public readonly struct EntityType : IEquatable<EntityType>, IExtensibleValue<EntityType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>apartment</c>.</param>
    public EntityType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The value <c>apartment</c>.</summary>
    public static EntityType Apartment { get; } = new("apartment");

    /// <summary>The value <c>door</c>.</summary>
    public static EntityType Door { get; } = new("door");

    /// <summary>The value <c>light</c>.</summary>
    public static EntityType Light { get; } = new("light");

    /// <summary>The value <c>sensor</c>.</summary>
    public static EntityType Sensor { get; } = new("sensor");

    /// <summary>The value <c>switch</c>.</summary>
    public static EntityType Switch { get; } = new("switch");

    /// <summary>The wire value (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static EntityType FromValue(string value) => new(value);

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "FromValue is the named alternate.")]
    public static implicit operator EntityType(string value) => new(value);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator ==(EntityType left, EntityType right) => left.Equals(right);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator !=(EntityType left, EntityType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EntityType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EntityType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
