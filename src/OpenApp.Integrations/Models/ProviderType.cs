using System.Text.Json.Serialization;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Models;

/// <summary>The kind of system an integration binds (Shelly, Home Assistant, KNX, virtual access, ...).</summary>
/// <remarks>An open set: values this SDK does not name are kept as they are, never rejected.</remarks>
[JsonConverter(typeof(ExtensibleValueJsonConverter<ProviderType>))]
public readonly struct ProviderType : IEquatable<ProviderType>, IExtensibleValue<ProviderType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>go2rtc</c>.</param>
    public ProviderType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The value <c>go2rtc</c>.</summary>
    public static ProviderType Go2Rtc { get; } = new("go2rtc");

    /// <summary>The value <c>home_assistant</c>.</summary>
    public static ProviderType HomeAssistant { get; } = new("home_assistant");

    /// <summary>The value <c>knx</c>.</summary>
    public static ProviderType Knx { get; } = new("knx");

    /// <summary>The value <c>mqtt</c>.</summary>
    public static ProviderType Mqtt { get; } = new("mqtt");

    /// <summary>The value <c>palgate_cloud</c>.</summary>
    public static ProviderType PalgateCloud { get; } = new("palgate_cloud");

    /// <summary>The value <c>shelly_cloud</c>.</summary>
    public static ProviderType ShellyCloud { get; } = new("shelly_cloud");

    /// <summary>The value <c>shelly_websocket</c>.</summary>
    public static ProviderType ShellyWebsocket { get; } = new("shelly_websocket");

    /// <summary>The value <c>virtual_budget</c>.</summary>
    public static ProviderType VirtualBudget { get; } = new("virtual_budget");

    /// <summary>The value <c>virtual_access</c>.</summary>
    public static ProviderType VirtualAccess { get; } = new("virtual_access");

    /// <summary>The value <c>virtual_demo</c>.</summary>
    public static ProviderType VirtualDemo { get; } = new("virtual_demo");

    /// <summary>The value <c>waveshare</c>.</summary>
    public static ProviderType Waveshare { get; } = new("waveshare");

    /// <summary>The wire value (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public static ProviderType FromValue(string value) => new(value);

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "FromValue is the named alternate.")]
    public static implicit operator ProviderType(string value) => new(value);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator ==(ProviderType left, ProviderType right) => left.Equals(right);

    /// <summary>Compares wire values (ordinal).</summary>
    public static bool operator !=(ProviderType left, ProviderType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ProviderType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
