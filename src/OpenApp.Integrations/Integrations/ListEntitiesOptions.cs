using OpenApp.Integrations.Models;

namespace OpenApp.Integrations;

/// <summary>Filters and page of <see cref="IntegrationsClient.ListEntitiesAsync"/>.</summary>
public sealed class ListEntitiesOptions : ListOptions
{
    /// <summary>Only these entity types (sent comma-joined as <c>entity_type</c>); null or empty for all.</summary>
    public IList<EntityType>? EntityTypes { get; set; }
}
