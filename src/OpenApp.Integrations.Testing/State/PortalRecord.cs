namespace OpenApp.Integrations.Testing.State;

/// <summary>A public access portal of an integration.</summary>
internal sealed class PortalRecord
{
    public required string Id { get; init; }

    public required string PublicId { get; init; }

    public required Dictionary<string, string> Name { get; set; }

    /// <summary>The door device the portal opens, if linked.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The directory device the portal uses, if linked.</summary>
    public string? DirectoryId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when the portal is soft-deleted (hidden from lists and reads, kept for restore).</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}
