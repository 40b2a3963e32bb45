namespace OpenApp.Integrations.Testing.State;

/// <summary>A public access portal of an integration.</summary>
internal sealed class PortalRecord
{
    public required string Id { get; init; }

    public required string PublicId { get; init; }

    public required Dictionary<string, string> Name { get; set; }

    public string? DeviceExternalId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
