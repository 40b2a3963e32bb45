using System.Text.Json.Serialization;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>How an access invite's validity is scheduled.</summary>
/// <remarks>An open set: values this SDK does not name are kept as they are, never rejected.</remarks>
[JsonConverter(typeof(ExtensibleValueJsonConverter<InviteScheduleKind>))]
public readonly struct InviteScheduleKind : IEquatable<InviteScheduleKind>, IExtensibleValue<InviteScheduleKind>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>single_window</c>.</param>
    public InviteScheduleKind(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The value <c>single_window</c>.</summary>
    public static InviteScheduleKind SingleWindow { get; } = new("single_window");

    /// <summary>The value <c>single_recurring</c>.</summary>
    public static InviteScheduleKind SingleRecurring { get; } = new("single_recurring");

    /// <summary>The value <c>multiple</c>.</summary>
    public static InviteScheduleKind Multiple { get; } = new("multiple");

    /// <summary>The wire value (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static InviteScheduleKind FromValue(string value) => new(value);

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "FromValue is the named alternate.")]
    public static implicit operator InviteScheduleKind(string value) => new(value);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator ==(InviteScheduleKind left, InviteScheduleKind right) => left.Equals(right);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator !=(InviteScheduleKind left, InviteScheduleKind right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(InviteScheduleKind other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InviteScheduleKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
