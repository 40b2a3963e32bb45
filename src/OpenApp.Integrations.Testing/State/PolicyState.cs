using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// The policies of one integration: those attached to the integration itself, and the physical devices behind its
/// devices with their steward slot and device-tier policies. Purging the integration removes them with it.
/// </summary>
internal sealed class PolicyState
{
    /// <summary>Integration-tier policies in the order they were created.</summary>
    public List<PolicyRecord> Integration { get; } = new();

    /// <summary>The physical devices registered so far, by the integration's device id.</summary>
    public Dictionary<string, PhysicalDeviceRecord> Devices { get; } = new(StringComparer.Ordinal);

    /// <summary>Every policy of the integration: its own, then each device's, in creation order.</summary>
    public IEnumerable<PolicyRecord> All => Integration.Concat(Devices.Values.SelectMany(d => d.Policies)).OrderBy(p => p.Id, StringComparer.Ordinal);
}

/// <summary>
/// The hardware behind one device of an integration, registered the first time a device policy is attached. The fake
/// has one caller (its API key), so the steward slot is either held by that caller or free.
/// </summary>
internal sealed class PhysicalDeviceRecord
{
    public required string Id { get; init; }

    /// <summary>The controller-level identity, derived from the device's id at the provider; null when it has none.</summary>
    public string? HardwareId { get; init; }

    public bool StewardHeld { get; set; }

    public List<PolicyRecord> Policies { get; } = new();
}

/// <summary>A policy as the fake stores it.</summary>
internal sealed class PolicyRecord
{
    public required string Id { get; init; }

    /// <summary><c>integration</c> or <c>device</c>.</summary>
    public required string Scope { get; init; }

    public required string PolicyType { get; init; }

    public required JsonObject Config { get; set; }

    public string? Capability { get; set; }

    public string Enforcement { get; set; } = "enforce";

    public bool Enabled { get; set; } = true;

    /// <summary>The physical device of a device policy; null for an integration policy.</summary>
    public string? PhysicalDeviceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether it restricts anything: enabled, and not merely audited.</summary>
    public bool IsInForce => Enabled && Enforcement != "audit_only";
}
