using System.Text.Json.Nodes;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Testing;

/// <summary>An entity (door, light, ...) to seed into an integration.</summary>
public sealed class FakeEntitySeed
{
    /// <summary>The id; null makes one up.</summary>
    public string? Id { get; set; }

    /// <summary>The device it belongs to; null makes up a device of its own.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The entity type (default <c>door</c>).</summary>
    public EntityType EntityType { get; set; } = EntityType.Door;

    /// <summary>Its name.</summary>
    public string? Name { get; set; }

    /// <summary>Its id at the provider.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The zone it sits in (a zone of the same integration).</summary>
    public string? ZoneId { get; set; }

    /// <summary>Its state; null gives a plausible one for the type.</summary>
    public JsonNode? State { get; set; }

    /// <summary>Metadata stored with the entity (<c>metadata</c>).</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Provider-specific entity metadata (<c>entity_metadata</c>).</summary>
    public IDictionary<string, string>? EntityMetadata { get; set; }

    /// <summary>Whether it starts soft-deleted.</summary>
    public bool Deleted { get; set; }
}
