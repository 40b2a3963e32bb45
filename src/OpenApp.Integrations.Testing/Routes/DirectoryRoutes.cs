using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// How the building's devices know its people: the provider-side user accounts (optionally of one device) and the
/// members of its directory listings (provider-specific JSON in the contract; here a map of listing entity id to
/// <c>[{"user_id", "display_name", "role"}]</c>).
/// </summary>
internal static class DirectoryRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_users"] = Users;
        handlers["list_integration_directory_listing_members"] = ListingMembers;
    }

    private static FakeResponse Users(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var deviceId = request.Text("device_id");
        if (deviceId is not null &&
            integration.Entities.All(e => e.DeviceId != deviceId) &&
            integration.ProviderUsers.All(u => u.DeviceId != deviceId))
        {
            throw FakeApiException.InvalidField("device_id", $"is not a device of this integration ('{deviceId}')", "unknown_device");
        }

        var users = integration.ProviderUsers.Where(u => deviceId is null || u.DeviceId is null || u.DeviceId == deviceId).ToList();
        return FakeResponse.Ok(new JsonObject
        {
            ["integration_id"] = integration.Id,
            ["items"] = new JsonArray(users.Select(User).ToArray()),
            ["unmanaged_count"] = users.Count(u => u.Unmanaged),
            ["directory_limited"] = null,
        });
    }

    private static FakeResponse ListingMembers(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var listings = integration.Entities
            .Where(e => e.DeletedAt is null && e.EntityType == "directory_listing")
            .Select(e => e.Id)
            .ToList();
        if (request.Text("entity_ids") is { } requested)
        {
            var ids = requested.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var id in ids.Where(id => !listings.Contains(id)))
            {
                throw FakeApiException.InvalidField("entity_ids", $"names '{id}', which is not a directory listing of this integration", "unknown_entity");
            }

            listings = ids.Distinct(StringComparer.Ordinal).ToList();
        }

        var result = new JsonObject();
        foreach (var listing in listings)
        {
            var members = integration.DirectoryListingMembers.TryGetValue(listing, out var found) ? found : new List<DirectoryMemberRecord>();
            result[listing] = new JsonArray(members.Select(m => (JsonNode)new JsonObject
            {
                ["user_id"] = m.UserId,
                ["display_name"] = m.DisplayName,
                ["role"] = m.Role,
            }).ToArray());
        }

        return FakeResponse.Ok(result);
    }

    /// <summary>An <c>IntegrationUserItem</c>.</summary>
    private static JsonNode User(ProviderUserRecord user) => new JsonObject
    {
        ["external_id"] = user.ExternalId,
        ["display_name"] = user.DisplayName,
        ["email"] = user.Email,
        ["phone"] = user.Phone,
        ["is_admin"] = user.IsAdmin,
        ["last_seen_at"] = JsonViews.Time(user.LastSeenAt),
        ["status"] = user.Status,
        ["openapp_user_id"] = user.OpenAppUserId,
        ["pending_invitation_id"] = user.PendingInvitationId,
        ["unmanaged"] = user.Unmanaged,
    };
}
