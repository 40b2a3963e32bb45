namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Zones of an integration, one page at a time (<c>{"items": [...], "total": n}</c>).</summary>
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
        var matches = integration.Zones
            .Where(z => onlyDeleted ? z.DeletedAt is not null : includeDeleted || z.DeletedAt is null)
            .ToList();
        var (items, total) = Paging.Slice(matches, request, context.Options);
        return FakeResponse.Ok(JsonViews.Page(items, total, z => JsonViews.Zone(z, integration.Id)));
    }
}
