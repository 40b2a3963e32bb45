using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// A location of an organization (<see cref="FakeOpenAppServer.SeedLocation"/>): an address or bare coordinates,
/// optionally geocoded, tied to some of the organization's integrations.
/// </summary>
public sealed class FakeLocationSeed
{
    /// <summary>The id; null makes one up.</summary>
    public string? Id { get; set; }

    /// <summary><see cref="LocationKind.Address"/> (needs <see cref="FormattedAddress"/>) or <see cref="LocationKind.Coordinates"/>
    /// (needs <see cref="Lat"/> and <see cref="Lng"/>).</summary>
    public LocationKind Kind { get; set; } = LocationKind.Address;

    /// <summary>The full address, one line per locale; a plain string is stored as English.</summary>
    public LocalizedString? FormattedAddress { get; set; }

    /// <summary>The city.</summary>
    public LocalizedString? City { get; set; }

    /// <summary>The country.</summary>
    public LocalizedString? Country { get; set; }

    /// <summary>Notes about the place (how to get in, where to park).</summary>
    public LocalizedString? Notes { get; set; }

    /// <summary>Latitude in degrees, -90 to 90.</summary>
    public double? Lat { get; set; }

    /// <summary>Longitude in degrees, -180 to 180.</summary>
    public double? Lng { get; set; }

    /// <summary>The geocoding service that issued <see cref="ProviderPlaceId"/>; set both or neither.</summary>
    public GeocodingProviderId? GeocodingProvider { get; set; }

    /// <summary>The place id the geocoding service issued.</summary>
    public string? ProviderPlaceId { get; set; }

    /// <summary>
    /// The integrations of the organization the place is tied to: lists asked from them show it first with
    /// <c>is_relevant: true</c>; their number is its <c>usage_count</c>. The first is recorded as its source.
    /// </summary>
    public IList<string> IntegrationIds { get; } = new List<string>();

    /// <summary>Describes the seed.</summary>
    public override string ToString() => $"FakeLocationSeed({Kind}, {Id ?? "new"})";
}
