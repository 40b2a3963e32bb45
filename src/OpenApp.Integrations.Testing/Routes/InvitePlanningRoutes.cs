using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Preview (create's checks and answer, nothing stored) and reconcile (the invite of an outside record brought to the
/// state wanted: created, updated, restored, revoked or unchanged; a lower revision than stored is 409).
/// </summary>
internal static class InvitePlanningRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["preview_integration_access_invite"] = Preview;
        handlers["reconcile_integration_access_invite"] = Reconcile;
    }

    private static FakeResponse Preview(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        InviteRoutes.CheckExternalRefIsFree(integration, body["external_ref"]);
        var invite = InviteRoutes.Build(body, integration, context);
        return FakeResponse.Ok(InviteViews.Preview(invite, integration, context.Now));
    }

    private static FakeResponse Reconcile(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        var reference = body["external_ref"]!.AsObject();
        var source = (string)reference["source"]!;
        var recordId = (string)reference["record_id"]!;
        var revision = reference["revision"]?.GetValue<long>();
        var existing = InviteRoutes.FindByExternalRef(integration, source, recordId);
        if (existing?.ExternalRef?["revision"]?.GetValue<long>() is { } stored && revision < stored)
        {
            throw new FakeApiException(
                409,
                "external_revision_stale",
                $"Revision {revision} of {source} record '{recordId}' is older than the stored revision {stored}.");
        }

        var storedReference = new JsonObject
        {
            ["source"] = source,
            ["record_id"] = recordId,
            ["revision"] = revision ?? existing?.ExternalRef?["revision"]?.GetValue<long>(),
            ["correlation_id"] = request.CorrelationId,
        };
        return (JsonInput.String(body, "state") ?? "active") switch
        {
            "revoked" => Revoke(existing, storedReference, integration, context),
            "active" => MakeActive(body, existing, storedReference, integration, context),
            var state => throw FakeApiException.InvalidField("state", $"is '{state}'; use active or revoked"),
        };
    }

    private static FakeResponse Revoke(InviteRecord? existing, JsonObject reference, IntegrationRecord integration, RouteContext context)
    {
        if (existing is null)
        {
            return Answer("unchanged", null, integration, context);
        }

        var action = "unchanged";
        if (existing.RevokedAt is null)
        {
            existing.RevokedAt = context.Now;
            existing.UpdatedAt = context.Now;
            action = "revoked";
        }

        existing.ExternalRef = reference;
        return Answer(action, existing, integration, context);
    }

    private static FakeResponse MakeActive(
        JsonObject body, InviteRecord? existing, JsonObject reference, IntegrationRecord integration, RouteContext context)
    {
        if (body["invitation"] is not JsonObject invitation)
        {
            throw FakeApiException.InvalidField("invitation", "is required when the state wanted is active");
        }

        if (invitation["external_ref"] is not null)
        {
            throw FakeApiException.InvalidField("invitation.external_ref", "must be left out: the request's external_ref names the invite");
        }

        var wanted = InviteRoutes.Build(invitation, integration, context);
        wanted.ExternalRef = reference;
        if (existing is null)
        {
            integration.Invites.Add(wanted);
            var created = Answer("created", wanted, integration, context);
            created.Body!["invite_token"] = wanted.Token;
            created.Body["invite_url"] = InviteViews.Url(wanted, context.BaseUrl);
            return created;
        }

        var before = Comparable(existing, integration, context.Now);
        var wasRevoked = existing.RevokedAt is not null;
        CopyWanted(wanted, existing);
        existing.RevokedAt = null;
        var changed = !JsonNode.DeepEquals(before, Comparable(existing, integration, context.Now));
        if (changed || wasRevoked)
        {
            existing.UpdatedAt = context.Now;
        }

        return Answer(wasRevoked ? "restored" : changed ? "updated" : "unchanged", existing, integration, context);
    }

    // What the invite must look like: the wanted invitation replaces the old one field by field (the id, the link, the
    // uses, the photo and the guests' requests stay).
    private static void CopyWanted(InviteRecord wanted, InviteRecord existing)
    {
        existing.Name = wanted.Name;
        existing.PortalIds = wanted.PortalIds;
        if (!existing.Schedules.Select(Window).SequenceEqual(wanted.Schedules.Select(Window)))
        {
            existing.Schedules = wanted.Schedules;
        }

        existing.IsEnabled = wanted.IsEnabled;
        existing.MaxUses = wanted.MaxUses;
        existing.MaxDevices = wanted.MaxDevices;
        existing.Kind = wanted.Kind;
        existing.LocationMode = wanted.LocationMode;
        existing.Audience = wanted.Audience;
        existing.Contacts = wanted.Contacts;
        existing.CurfewExempt = wanted.CurfewExempt;
        existing.CreationJustification = wanted.CreationJustification;
        existing.HasPin = wanted.HasPin;
        existing.InviteeMessage = wanted.InviteeMessage;
        existing.ExternalRef = wanted.ExternalRef;
    }

    // A schedule entry without its id, which a new one gets on every write.
    private static string Window(InviteScheduleRecord schedule) =>
        string.Join('|', schedule.Name, schedule.ValidFrom.ToUnixTimeMilliseconds(), schedule.ValidTo.ToUnixTimeMilliseconds(), schedule.IsEnabled, schedule.Recurrence?.ToJsonString());

    // The invite as a reader sees it, minus what every write changes and the call's own correlation id.
    private static JsonObject Comparable(InviteRecord invite, IntegrationRecord integration, DateTimeOffset now)
    {
        var view = InviteViews.ListItem(invite, integration, now);
        view.Remove("updated_at");
        if (view["external_ref"] is JsonObject reference)
        {
            reference.Remove("correlation_id");
        }

        return view;
    }

    private static FakeResponse Answer(string action, InviteRecord? invite, IntegrationRecord integration, RouteContext context) =>
        FakeResponse.Ok(new JsonObject
        {
            ["action"] = action,
            ["invite_link_id"] = invite?.Id,
            ["invite"] = invite is null ? null : InviteViews.ListItem(invite, integration, context.Now),
            ["external_ref"] = invite?.ExternalRef?.DeepClone(),
            ["idempotent_replay"] = false,
        });
}
