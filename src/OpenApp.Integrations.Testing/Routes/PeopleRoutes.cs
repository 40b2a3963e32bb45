using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// People of the building: list (<c>{"items": [{"user_id", "roles"}], "total": n}</c>, schema-less in the contract),
/// add (201), remove (204; also from the directory listings).
/// </summary>
internal static class PeopleRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_people"] = List;
        handlers["add_person"] = Add;
        handlers["delete_person"] = Delete;
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        return FakeResponse.Ok(new JsonObject
        {
            ["items"] = new JsonArray(integration.BuildingUsers.Select(u => (JsonNode)new JsonObject
            {
                ["user_id"] = u.Key,
                ["roles"] = new JsonArray(u.Value.Select(r => (JsonNode)r).ToArray()),
            }).ToArray()),
            ["total"] = integration.BuildingUsers.Count,
        });
    }

    private static FakeResponse Add(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        var userId = JsonInput.String(body, "user_id")!;
        var role = JsonInput.String(body, "role")!;
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw FakeApiException.InvalidField("user_id", "must not be empty");
        }

        if (string.IsNullOrWhiteSpace(role))
        {
            throw FakeApiException.InvalidField("role", "must not be empty");
        }

        if (!integration.BuildingUsers.TryGetValue(userId, out var roles))
        {
            roles = new SortedSet<string>(StringComparer.Ordinal);
            integration.BuildingUsers.Add(userId, roles);
        }

        roles.Add(role);
        return FakeResponse.Created();
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var userId = request.Route("user_id");
        if (!integration.BuildingUsers.Remove(userId))
        {
            throw FakeApiException.NotFound("person", userId);
        }

        // A person leaves the building's directory listings with their roles.
        foreach (var members in integration.DirectoryListingMembers.Values)
        {
            members.RemoveAll(m => m.UserId == userId);
        }

        return FakeResponse.NoContent();
    }
}
