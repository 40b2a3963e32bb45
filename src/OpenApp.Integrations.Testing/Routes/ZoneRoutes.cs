using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Zones of an integration, as a bare array.</summary>
internal static class ZoneRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_zones"] = List;
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, "integration_id");
        var onlyDeleted = request.Flag("only_deleted");
        var includeDeleted = request.Flag("include_deleted") || onlyDeleted;
        var includeMetadata = request.Flag("include_metadata");
        return FakeResponse.Ok(new JsonArray(integration.Zones
            .Where(z => onlyDeleted ? z.DeletedAt is not null : includeDeleted || z.DeletedAt is null)
            .Select(z => (JsonNode)JsonViews.Zone(z, integration.Id, includeMetadata))
            .ToArray()));
    }
}
