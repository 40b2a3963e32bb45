using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// What guests did with an invite: its uses (last 30 days, newest first) and their pending requests for more time,
/// which can be dismissed. Guests act outside the Integrations API: tests make them act with
/// <see cref="FakeOpenAppServer.SimulateInviteUse"/> and <see cref="FakeOpenAppServer.SimulateRenewalRequest"/>.
/// </summary>
internal static class InviteGuestRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_access_invite_usage"] = Usage;
        handlers["list_integration_access_invite_renewal_requests"] = RenewalRequests;
        handlers["dismiss_integration_access_invite_renewal_request"] = DismissRenewalRequest;
    }

    private static FakeResponse Usage(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = InviteRoutes.Find(integration, request.Route("invite_link_id"));
        return FakeResponse.Ok(InviteViews.Usage(integration.Usage.Where(u => u.InviteId == invite.Id), context.Now, ofDoor: false));
    }

    private static FakeResponse RenewalRequests(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = InviteRoutes.Find(integration, request.Route("invite_link_id"));
        return FakeResponse.Ok(new JsonObject
        {
            ["requests"] = new JsonArray(invite.RenewalRequests.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["requester_user_id"] = r.RequesterUserId,
                ["requester_name"] = r.RequesterName,
                ["note"] = r.Note,
                ["created_at"] = JsonViews.Time(r.CreatedAt),
            }).ToArray()),
        });
    }

    private static FakeResponse DismissRenewalRequest(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = InviteRoutes.Find(integration, request.Route("invite_link_id"));
        var requestId = request.Route("request_id");
        var pending = invite.RenewalRequests.FirstOrDefault(r => r.Id == requestId)
            ?? throw FakeApiException.NotFound("renewal request of this invite", requestId);
        invite.RenewalRequests.Remove(pending);
        return FakeResponse.NoContent();
    }
}
