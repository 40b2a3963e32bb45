using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Filters and page of <see cref="IntegrationsClient.ListEntitiesAsync"/>.</summary>
public sealed class ListEntitiesOptions : DeletableListOptions
{
    /// <summary>Only these entity types (sent comma-joined as <c>entity_type</c>); empty for all. Starts empty, so
    /// <c>EntityTypes = { EntityType.Door }</c> works in an initializer.</summary>
    public IList<EntityType> EntityTypes { get; set; } = new List<EntityType>();

    private protected override void CopyCollections() => EntityTypes = EntityTypes?.ToList() ?? new List<EntityType>();

    private protected override void AddFilters(RequestSpec spec)
    {
        if (EntityTypes is { Count: > 0 } types)
        {
            foreach (var type in types)
            {
                if (string.IsNullOrWhiteSpace(type.Value))
                {
                    throw new ArgumentException("ListEntitiesOptions.EntityTypes must not contain an empty entity type.");
                }
            }

            spec.AddQuery("entity_type", string.Join(",", types.Select(t => t.Value)));
        }
    }
}
