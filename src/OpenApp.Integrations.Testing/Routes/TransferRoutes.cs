using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Transfers of an integration to another organization: the preview counts what would move or be copied and lists
/// the warnings; the transfer refuses (409 <c>confirmation_required</c>) while there are warnings and <c>confirm</c>
/// is not true, then moves or duplicates (see <see cref="IntegrationTransfer"/>). Any organization id is a valid
/// target, as any is a valid <c>X-Org</c>.
/// </summary>
internal static class TransferRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["get_integration_transfer_preview"] = Preview;
        handlers["post_integration_transfer"] = Transfer;
    }

    private static FakeResponse Preview(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var plan = IntegrationTransfer.Plan(integration, Mode(request.Text("mode")), context.Organization(request));
        return FakeResponse.Ok(new JsonObject
        {
            ["source_org_id"] = integration.OrganizationId,
            ["mode"] = plan.Mode,
            ["affected"] = Affected(plan),
            ["warnings"] = Texts(plan.Warnings),
            ["notes"] = Texts(plan.Notes),
            ["requires_confirmation"] = plan.RequiresConfirmation,
        });
    }

    private static FakeResponse Transfer(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        var targetId = JsonInput.String(body, "target_org_id");
        if (string.IsNullOrWhiteSpace(targetId))
        {
            throw FakeApiException.InvalidField("target_org_id", "must name the organization to transfer to");
        }

        var sourceId = integration.OrganizationId;
        if (string.Equals(targetId, sourceId, StringComparison.Ordinal))
        {
            throw FakeApiException.InvalidField("target_org_id", "is the organization the integration is in already", "same_organization");
        }

        var source = context.Organization(request);
        var plan = IntegrationTransfer.Plan(integration, Mode(JsonInput.String(body, "mode")), source);
        if (plan.RequiresConfirmation && body["confirm"]?.GetValue<bool>() != true)
        {
            throw new FakeApiException(
                409,
                "confirmation_required",
                $"The transfer has side effects ({string.Join(", ", plan.Warnings)}); repeat it with confirm: true.",
                new JsonObject { ["warnings"] = Texts(plan.Warnings) });
        }

        var target = context.Store.Organization(targetId);
        if (plan.Mode == IntegrationTransfer.Move && target.Find(integration.Id) is not null)
        {
            throw new FakeApiException(409, "conflict", $"Organization '{targetId}' already has an integration '{integration.Id}'.");
        }

        var result = plan.Run(source, target, context.Store, context.Now);
        var view = JsonViews.Integration(result);
        view["mode"] = plan.Mode;
        view["source_org_id"] = sourceId;
        view["target_org_id"] = targetId;
        view["affected"] = Affected(plan);
        view["warnings"] = Texts(plan.Warnings);
        return FakeResponse.Ok(view);
    }

    private static string Mode(string? mode) => mode switch
    {
        null => IntegrationTransfer.Move,
        IntegrationTransfer.Move or IntegrationTransfer.Duplicate => mode,
        _ => throw FakeApiException.InvalidField("mode", $"must be move or duplicate, not '{mode}'"),
    };

    /// <summary>An <c>AffectedCounts</c>; the fake keeps no invite claims, renewal requests or sessions.</summary>
    private static JsonObject Affected(IntegrationTransfer plan) => new()
    {
        ["devices"] = plan.Devices,
        ["zones"] = plan.Zones,
        ["entities"] = plan.Entities,
        ["access_portals"] = plan.AccessPortals,
        ["directory_listing_members"] = plan.DirectoryListingMembers,
        ["invite_links"] = plan.InviteLinks,
        ["invite_claims"] = 0,
        ["renewal_requests"] = 0,
        ["sessions"] = 0,
    };

    private static JsonArray Texts(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
