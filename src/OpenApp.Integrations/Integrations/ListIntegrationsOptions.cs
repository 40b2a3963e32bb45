using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Filters and page of <see cref="IntegrationsClient.ListAsync"/>.</summary>
public sealed class ListIntegrationsOptions : DeletableListOptions
{
    /// <summary>Only integrations of this provider type (<c>provider_type</c>); null for all.</summary>
    public ProviderType? ProviderType { get; set; }

    /// <summary>Free-text search (<c>q</c>); null for none.</summary>
    public string? Query { get; set; }

    private protected override void AddFilters(RequestSpec spec) =>
        // An empty filter means "no filter": it is left out rather than sent as "q=".
        spec.AddQuery("provider_type", NullIfBlank(ProviderType?.Value)).AddQuery("q", NullIfBlank(Query));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
