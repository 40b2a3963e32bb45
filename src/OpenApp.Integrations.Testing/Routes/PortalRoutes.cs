using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Public access portals: list (<c>{"items": [...], "total": n}</c>), create, read by id alone, update (tri-state
/// door and directory links), delete (soft: a deleted portal disappears from lists and reads), the list of deleted
/// portals (<c>{"portals": [...]}</c>) and restore (of a deleted portal; 404 for any other id).
/// </summary>
internal static class PortalRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_access_portals"] = List;
        handlers["create_integration_access_portal"] = Create;
        handlers["get_access_portal_by_id"] = GetById;
        handlers["update_integration_access_portal"] = Update;
        handlers["delete_integration_access_portal"] = Delete;
        handlers["list_deleted_integration_access_portals"] = ListDeleted;
        handlers["restore_integration_access_portal"] = Restore;
    }

    /// <summary>The portal of this integration that is not deleted, or 404.</summary>
    public static PortalRecord Find(IntegrationRecord integration, string portalId) =>
        integration.Portals.FirstOrDefault(p => p.Id == portalId && p.DeletedAt is null) ?? throw FakeApiException.NotFound("access portal", portalId);

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var portals = integration.Portals.Where(p => p.DeletedAt is null).ToList();
        return FakeResponse.Ok(JsonViews.Page(portals, portals.Count, p => JsonViews.Portal(p)));
    }

    private static FakeResponse Create(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        var now = context.Now;
        var portal = new PortalRecord
        {
            Id = context.Store.Ids.NewId(),
            PublicId = "pp_" + IdGenerator.NewToken(12),
            Name = JsonInput.LocalizedName(body["name"], "name"),
            DeviceId = JsonInput.String(body, "device_id"),
            DirectoryId = JsonInput.String(body, "directory_id"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        integration.Portals.Add(portal);
        return FakeResponse.Ok(new JsonObject
        {
            ["id"] = portal.Id,
            ["public_id"] = portal.PublicId,
            ["name"] = JsonViews.Map(portal.Name),
            ["device_id"] = portal.DeviceId,
            ["directory_id"] = portal.DirectoryId,
        });
    }

    private static FakeResponse GetById(FakeRequest request, RouteContext context)
    {
        var portalId = request.Route("portal_id");
        foreach (var integration in context.Organization(request).Integrations.Where(i => !i.IsDeleted))
        {
            if (integration.Portals.FirstOrDefault(p => p.Id == portalId && p.DeletedAt is null) is { } portal)
            {
                var view = JsonViews.Portal(portal);
                view["integration_id"] = integration.Id;
                return FakeResponse.Ok(view);
            }
        }

        throw FakeApiException.NotFound("access portal", portalId);
    }

    private static FakeResponse Update(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var portal = Find(integration, request.Route("portal_id"));
        var body = request.BodyObject;
        if (body["name"] is { } name)
        {
            portal.Name = JsonInput.LocalizedName(name, "name");
        }

        // Absent keeps a link; null unlinks it; a string links another device.
        if (JsonInput.Has(body, "device_id"))
        {
            portal.DeviceId = JsonInput.String(body, "device_id");
        }

        if (JsonInput.Has(body, "directory_id"))
        {
            portal.DirectoryId = JsonInput.String(body, "directory_id");
        }

        portal.UpdatedAt = context.Now;
        return FakeResponse.Ok(JsonViews.Portal(portal));
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var portal = Find(integration, request.Route("portal_id"));
        portal.DeletedAt = context.Now;
        portal.UpdatedAt = context.Now;
        return FakeResponse.Ok(new JsonObject { ["id"] = portal.Id, ["deleted"] = true });
    }

    private static FakeResponse ListDeleted(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var deleted = integration.Portals.Where(p => p.DeletedAt is not null).Select(p => (JsonNode)JsonViews.Portal(p));
        return FakeResponse.Ok(new JsonObject { ["portals"] = new JsonArray(deleted.ToArray()) });
    }

    private static FakeResponse Restore(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var portalId = request.Route("portal_id");
        var portal = integration.Portals.FirstOrDefault(p => p.Id == portalId && p.DeletedAt is not null)
            ?? throw FakeApiException.NotFound("deleted access portal", portalId);
        portal.DeletedAt = null;
        portal.UpdatedAt = context.Now;
        return FakeResponse.Ok(JsonViews.Portal(portal));
    }
}
