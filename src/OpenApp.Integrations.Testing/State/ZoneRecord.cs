namespace OpenApp.Integrations.Testing.State;

/// <summary>A zone (area, floor, apartment) of an integration.</summary>
internal sealed class ZoneRecord
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Name { get; init; }

    public string? ExternalId { get; init; }

    public string? ParentZoneId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; set; }
}
