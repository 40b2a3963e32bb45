using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Page and search of <see cref="LocationsClient.ListAsync"/>. A search left null or blank is not sent.</summary>
public sealed class ListLocationsOptions : ListOptions
{
    /// <summary>Only locations whose address, city, country or notes contain this text (<c>search</c>).</summary>
    public string? Search { get; set; }

    private protected override void AddFilters(RequestSpec spec) =>
        spec.AddQuery("search", string.IsNullOrWhiteSpace(Search) ? null : Search);
}
