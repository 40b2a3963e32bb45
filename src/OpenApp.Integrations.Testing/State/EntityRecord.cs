using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.State;

/// <summary>An entity (door, light, sensor, ...) of one of an integration's devices.</summary>
internal sealed class EntityRecord
{
    public required string Id { get; init; }

    public required string DeviceId { get; init; }

    public required string EntityType { get; init; }

    public string? ExternalId { get; init; }

    public string? Name { get; init; }

    public string? ZoneId { get; init; }

    public Dictionary<string, string>? Metadata { get; init; }

    public Dictionary<string, string>? EntityMetadata { get; init; }

    public JsonNode? State { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}
