using System.Globalization;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The organization's locations as seen from one of its integrations: the places tied to that integration first,
/// then the others, each in the order it was added; <c>search</c> matches any text of a place in any locale
/// (case-insensitive); pages like every list. The contract declares no <c>X-Org</c>: the organization is the
/// integration's. The fake's invites never bind a location, so <c>is_bound_here</c> is null (not computed).
/// </summary>
internal static class LocationRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_locations"] = List;
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        var search = request.Text("search");
        var matches = context.Store.Organization(integration.OrganizationId).Locations
            .Where(l => search is null || l.Texts().Any(text => CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, search, CompareOptions.IgnoreCase) >= 0))
            .OrderByDescending(l => l.IntegrationIds.Contains(integration.Id))
            .ToList();
        var (items, total) = Paging.Slice(matches, request, context.Options);
        return FakeResponse.Ok(JsonViews.Page(items, total, l => View(l, integration.Id)));
    }

    /// <summary>A <c>LocationListItemResponse</c>.</summary>
    private static JsonObject View(LocationRecord location, string integrationId) => new()
    {
        ["id"] = location.Id,
        ["kind"] = location.Kind,
        ["formatted_address"] = JsonViews.MapOrNull(location.FormattedAddress),
        ["city"] = JsonViews.MapOrNull(location.City),
        ["country"] = JsonViews.MapOrNull(location.Country),
        ["notes"] = JsonViews.MapOrNull(location.Notes),
        ["lat"] = location.Lat,
        ["lng"] = location.Lng,
        ["image_url"] = null,
        ["geocoding_provider"] = location.GeocodingProvider,
        ["provider_place_id"] = location.ProviderPlaceId,
        ["source"] = location.Source is { } source ? new JsonObject { ["owner_kind"] = source.Kind, ["owner_id"] = source.Id } : null,
        ["is_relevant"] = location.IntegrationIds.Contains(integrationId),
        ["is_bound_here"] = null,
        ["usage_count"] = location.IntegrationIds.Count,
    };
}
