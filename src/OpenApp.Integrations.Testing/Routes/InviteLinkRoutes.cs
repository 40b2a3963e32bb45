using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The invite link: revoke (again without error when it already is; restore is in <see cref="InviteRoutes"/>) and
/// token rotation (a new token and link; the old link stops working; a revoked invite is 400 <c>invitation_revoked</c>).
/// </summary>
internal static class InviteLinkRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["revoke_integration_access_invite"] = Revoke;
        handlers["regenerate_integration_access_invite_token"] = RegenerateToken;
    }

    private static FakeResponse Revoke(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = InviteRoutes.Find(integration, request.Route("invite_link_id"));
        if (invite.RevokedAt is null)
        {
            invite.RevokedAt = context.Now;
            invite.UpdatedAt = context.Now;
        }

        return FakeResponse.Ok(InviteViews.ListItem(invite, integration, context.Now));
    }

    private static FakeResponse RegenerateToken(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = InviteRoutes.Find(integration, request.Route("invite_link_id"));
        if (invite.RevokedAt is not null)
        {
            throw new FakeApiException(400, "invitation_revoked", $"Invite '{invite.Id}' is revoked; restore it before rotating its link.");
        }

        invite.Token = "inv_" + IdGenerator.NewToken(24);
        invite.LastSharedAt = context.Now;
        invite.UpdatedAt = context.Now;
        return FakeResponse.Ok(new JsonObject
        {
            ["invite_token"] = invite.Token,
            ["invite_url"] = InviteViews.Url(invite, context.BaseUrl),
            ["last_shared_at"] = JsonViews.Time(context.Now),
        });
    }
}
