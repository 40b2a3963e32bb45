using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Testing;

/// <summary>A zone to seed into an integration.</summary>
public sealed class FakeZoneSeed
{
    /// <summary>The id; null makes one up.</summary>
    public string? Id { get; set; }

    /// <summary>The name; a plain string is stored as English.</summary>
    public LocalizedString Name { get; set; } = LocalizedString.FromLocale("en", "Zone");

    /// <summary>The zone's id at the provider.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The parent zone's id (a zone seeded earlier).</summary>
    public string? ParentZoneId { get; set; }

    /// <summary>Whether it starts soft-deleted.</summary>
    public bool Deleted { get; set; }
}
