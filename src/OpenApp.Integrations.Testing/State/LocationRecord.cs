namespace OpenApp.Integrations.Testing.State;

/// <summary>A reusable place of an organization: an address or bare coordinates, optionally geocoded.</summary>
internal sealed class LocationRecord
{
    public required string Id { get; init; }

    /// <summary><c>address</c> or <c>coordinates</c>.</summary>
    public required string Kind { get; init; }

    public Dictionary<string, string>? FormattedAddress { get; init; }

    public Dictionary<string, string>? City { get; init; }

    public Dictionary<string, string>? Country { get; init; }

    public Dictionary<string, string>? Notes { get; init; }

    public double? Lat { get; init; }

    public double? Lng { get; init; }

    public string? GeocodingProvider { get; init; }

    public string? ProviderPlaceId { get; init; }

    /// <summary>The resource the location was first created for (<c>owner_kind</c>, <c>owner_id</c>).</summary>
    public (string Kind, string Id)? Source { get; init; }

    /// <summary>The integrations the place is tied to: relevant to them, and used by them.</summary>
    public HashSet<string> IntegrationIds { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every text of the place, in every locale: what a search looks in.</summary>
    public IEnumerable<string> Texts() =>
        new[] { FormattedAddress, City, Country, Notes }.Where(m => m is not null).SelectMany(m => m!.Values);
}
