using System.Text.Json.Serialization;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>Whether an integration currently reaches its provider.</summary>
/// <remarks>An open set: values this SDK does not name are kept as they are, never rejected.</remarks>
[JsonConverter(typeof(ExtensibleValueJsonConverter<IntegrationHealth>))]
public readonly struct IntegrationHealth : IEquatable<IntegrationHealth>, IExtensibleValue<IntegrationHealth>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>ok</c>.</param>
    public IntegrationHealth(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The value <c>ok</c>.</summary>
    public static IntegrationHealth Ok { get; } = new("ok");

    /// <summary>The value <c>error</c>.</summary>
    public static IntegrationHealth Error { get; } = new("error");

    /// <summary>The wire value (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static IntegrationHealth FromValue(string value) => new(value);

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "FromValue is the named alternate.")]
    public static implicit operator IntegrationHealth(string value) => new(value);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator ==(IntegrationHealth left, IntegrationHealth right) => left.Equals(right);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator !=(IntegrationHealth left, IntegrationHealth right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(IntegrationHealth other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntegrationHealth other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
