using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Output flags and page of <see cref="ZonesClient.ListAsync"/>.</summary>
public sealed class ListZonesOptions : DeletableListOptions
{
    private protected override void AddFilters(RequestSpec spec)
    {
        // Zones have no filters of their own.
    }
}
