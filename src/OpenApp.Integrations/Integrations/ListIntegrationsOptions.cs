using OpenApp.Integrations.Models;

namespace OpenApp.Integrations;

/// <summary>Filters and page of <see cref="IntegrationsClient.ListAsync"/>.</summary>
public sealed class ListIntegrationsOptions : ListOptions
{
    /// <summary>Only integrations of this provider type (<c>provider_type</c>); null for all.</summary>
    public ProviderType? ProviderType { get; set; }

    /// <summary>Free-text search (<c>q</c>); null for none.</summary>
    public string? Query { get; set; }
}
