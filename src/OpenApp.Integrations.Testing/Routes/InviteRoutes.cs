using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Access invites: list (a page, with the contract's filters), create (validity only from <c>schedules</c>; one live
/// invite per outside record), update, delete (for good, with its images) and restore (of a revoked invite). Preview
/// and reconcile, the link, guests' activity and media have their own route files.
/// </summary>
internal static class InviteRoutes
{
    private static readonly TimeSpan s_defaultValidity = TimeSpan.FromDays(7);

    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_access_invites"] = List;
        handlers["create_integration_access_invite"] = Create;
        handlers["update_integration_access_invite"] = Update;
        handlers["delete_integration_access_invite"] = Delete;
        handlers["restore_integration_access_invite"] = Restore;
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var now = context.Now;
        var kind = request.Text("kind");
        var state = request.Text("state");
        var portalId = request.Text("portal_id");
        var source = request.Text("external_source");
        var recordId = request.Text("external_record_id");
        var validFromAfter = request.Text("valid_from_after") is { } after ? JsonInput.Timestamp(after, "valid_from_after") : (DateTimeOffset?)null;
        var validToBefore = request.Text("valid_to_before") is { } before ? JsonInput.Timestamp(before, "valid_to_before") : (DateTimeOffset?)null;
        var matches = integration.Invites
            .Where(i => kind is null || i.Kind == kind)
            .Where(i => state is null || InviteViews.State(i, now) == state)
            .Where(i => portalId is null || i.PortalIds.Contains(portalId))
            .Where(i => source is null || (string?)i.ExternalRef?["source"] == source)
            .Where(i => recordId is null || (string?)i.ExternalRef?["record_id"] == recordId)
            .Where(i => validFromAfter is null || i.ValidFrom >= validFromAfter)
            .Where(i => validToBefore is null || i.ValidTo <= validToBefore)
            .ToList();
        var (items, total) = Paging.Slice(matches, request, context.Options);
        return FakeResponse.Ok(JsonViews.Page(items, total, i => InviteViews.ListItem(i, integration, now)));
    }

    private static FakeResponse Create(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        CheckExternalRefIsFree(integration, body["external_ref"]);
        var invite = Build(body, integration, context);
        integration.Invites.Add(invite);
        return FakeResponse.Ok(InviteViews.Created(invite, integration, context.Now, context.BaseUrl));
    }

    /// <summary>
    /// The invite a <c>CreateAccessInviteRequest</c> describes, checked as create checks it, not yet added to the
    /// integration (create adds it; preview only shows it; reconcile adds it or copies it onto the record's invite).
    /// </summary>
    public static InviteRecord Build(JsonObject body, IntegrationRecord integration, RouteContext context)
    {
        var now = context.Now;
        var invite = new InviteRecord
        {
            Id = context.Store.Ids.NewId(),
            Token = "inv_" + IdGenerator.NewToken(24),
            Name = JsonInput.String(body, "name"),
            PortalIds = PortalIds(integration, body["portal_ids"]),
            IsEnabled = body["is_enabled"]?.GetValue<bool>() ?? true,
            MaxUses = Limit(body, "max_uses"),
            MaxDevices = Limit(body, "max_devices"),
            Kind = JsonInput.String(body, "kind") ?? "invitation",
            LocationMode = JsonInput.String(body, "location_mode") ?? "inherit",
            Audience = JsonInput.String(body, "audience"),
            Contacts = body["contacts"]?.DeepClone(),
            ExternalRef = body["external_ref"]?.DeepClone(),
            CurfewExempt = body["curfew_exempt"]?.GetValue<bool>() ?? false,
            CreationJustification = JsonInput.String(body, "creation_justification"),
            HasPin = JsonInput.String(body, "pin") is not null,
            InviteeMessage = body["invitee_message"]?.DeepClone(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        invite.Schedules = Schedules(body["schedules"], context);
        return invite;
    }

    /// <summary>The latest invite of an outside record (revoked or not), or null.</summary>
    public static InviteRecord? FindByExternalRef(IntegrationRecord integration, string source, string recordId) =>
        integration.Invites.LastOrDefault(i => (string?)i.ExternalRef?["source"] == source && (string?)i.ExternalRef?["record_id"] == recordId);

    /// <summary>409 when a live invite already serves the outside record: one live invitation per source and record id.</summary>
    public static void CheckExternalRefIsFree(IntegrationRecord integration, JsonNode? externalRef)
    {
        if (externalRef is JsonObject reference &&
            FindByExternalRef(integration, (string)reference["source"]!, (string)reference["record_id"]!) is { RevokedAt: null } live)
        {
            throw new FakeApiException(
                409,
                "external_reference_conflict",
                $"Invite '{live.Id}' already serves {reference["source"]} record '{reference["record_id"]}'; reconcile it instead.");
        }
    }

    private static FakeResponse Update(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = Find(integration, request.Route("invite_link_id"));
        if (invite.RevokedAt is not null)
        {
            throw new FakeApiException(400, "invite_not_active", $"Invite '{invite.Id}' is revoked; only active invites can be updated.");
        }

        var body = request.BodyObject;
        if (body["portal_ids"] is { } portals)
        {
            invite.PortalIds = PortalIds(integration, portals);
        }

        if (body["schedules"] is JsonArray schedules)
        {
            invite.Schedules = Schedules(schedules, context);
        }

        if (body["is_enabled"] is { } enabled)
        {
            invite.IsEnabled = enabled.GetValue<bool>();
        }

        if (body["curfew_exempt"] is { } curfewExempt)
        {
            invite.CurfewExempt = curfewExempt.GetValue<bool>();
        }

        if (JsonInput.String(body, "location_mode") is { } locationMode)
        {
            invite.LocationMode = locationMode;
        }

        // Nullable fields: absent keeps, null clears.
        if (JsonInput.Has(body, "name"))
        {
            invite.Name = JsonInput.String(body, "name");
        }

        if (JsonInput.Has(body, "max_uses"))
        {
            invite.MaxUses = Limit(body, "max_uses");
        }

        if (JsonInput.Has(body, "max_devices"))
        {
            invite.MaxDevices = Limit(body, "max_devices");
        }

        if (JsonInput.Has(body, "disabled_justification"))
        {
            invite.DisabledJustification = JsonInput.String(body, "disabled_justification");
        }

        if (JsonInput.Has(body, "creation_justification"))
        {
            invite.CreationJustification = JsonInput.String(body, "creation_justification");
        }

        if (JsonInput.Has(body, "audience"))
        {
            invite.Audience = JsonInput.String(body, "audience");
        }

        if (JsonInput.Has(body, "contacts"))
        {
            invite.Contacts = body["contacts"]?.DeepClone();
        }

        if (JsonInput.Has(body, "external_ref"))
        {
            invite.ExternalRef = body["external_ref"]?.DeepClone();
        }

        if (JsonInput.Has(body, "pin"))
        {
            invite.HasPin = JsonInput.String(body, "pin") is not null;
        }

        if (JsonInput.Has(body, "invitee_message"))
        {
            invite.InviteeMessage = body["invitee_message"]?.DeepClone();
        }

        invite.UpdatedAt = context.Now;
        return FakeResponse.Ok(InviteViews.ListItem(invite, integration, context.Now));
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = Find(integration, request.Route("invite_link_id"));
        integration.Invites.Remove(invite);
        InviteMediaRoutes.Forget(invite, context.Store);
        return FakeResponse.Ok(new JsonObject { ["id"] = invite.Id, ["deleted"] = true });
    }

    private static FakeResponse Restore(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = Find(integration, request.Route("invite_link_id"));
        if (invite.RevokedAt is null)
        {
            throw new FakeApiException(400, "invite_not_revoked", $"Invite '{invite.Id}' is not revoked; there is nothing to restore.");
        }

        invite.RevokedAt = null;
        invite.UpdatedAt = context.Now;
        return FakeResponse.Ok(InviteViews.ListItem(invite, integration, context.Now));
    }

    public static InviteRecord Find(IntegrationRecord integration, string inviteId) =>
        integration.Invites.FirstOrDefault(i => i.Id == inviteId) ?? throw FakeApiException.NotFound("access invite", inviteId);

    public static List<string> PortalIds(IntegrationRecord integration, JsonNode? node)
    {
        var ids = node?.AsArray().Select(n => (string)n!).ToList() ?? new List<string>();
        if (ids.Count == 0)
        {
            throw FakeApiException.InvalidField("portal_ids", "must name at least one portal");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (integration.Portals.All(p => p.Id != ids[i] || p.DeletedAt is not null))
            {
                throw FakeApiException.InvalidField($"portal_ids[{i}]", $"is not a portal of this integration ('{ids[i]}')");
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    public static int? Limit(JsonObject body, string field)
    {
        var value = body[field]?.GetValue<int>();
        return value is < 1 ? throw FakeApiException.InvalidField(field, "must be 1 or more") : value;
    }

    /// <summary>
    /// The windows of <c>schedules</c>, the only source of an invite's validity: each starts at <c>valid_from</c>, or
    /// <c>starts_in</c> from now, or now; and ends at <c>valid_to</c>, or <c>expires_in</c> after its start, or a week
    /// after it.
    /// </summary>
    public static List<InviteScheduleRecord> Schedules(JsonNode? node, RouteContext context)
    {
        if (node is not JsonArray entries || entries.Count == 0)
        {
            throw FakeApiException.InvalidField("schedules", "must have at least one entry");
        }

        var schedules = new List<InviteScheduleRecord>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i]!.AsObject();
            var field = $"schedules[{i}]";
            var validFrom = JsonInput.String(entry, "valid_from");
            var startsIn = JsonInput.String(entry, "starts_in");
            var validTo = JsonInput.String(entry, "valid_to");
            var expiresIn = JsonInput.String(entry, "expires_in");
            if (validFrom is not null && startsIn is not null)
            {
                throw FakeApiException.InvalidField(field + ".starts_in", "cannot be sent together with valid_from");
            }

            if (validTo is not null && expiresIn is not null)
            {
                throw FakeApiException.InvalidField(field + ".expires_in", "cannot be sent together with valid_to");
            }

            var from = validFrom is not null ? JsonInput.Timestamp(validFrom, field + ".valid_from")
                : startsIn is not null ? context.Now + JsonInput.Duration(startsIn, field + ".starts_in")
                : context.Now;
            var to = validTo is not null ? JsonInput.Timestamp(validTo, field + ".valid_to")
                : expiresIn is not null ? from + JsonInput.Duration(expiresIn, field + ".expires_in")
                : from + s_defaultValidity;
            if (to <= from)
            {
                throw FakeApiException.InvalidField(field + (validTo is null && expiresIn is not null ? ".expires_in" : ".valid_to"), "must end after the window starts");
            }

            schedules.Add(new InviteScheduleRecord
            {
                Id = JsonInput.String(entry, "id") ?? context.Store.Ids.NewId(),
                Name = JsonInput.String(entry, "name"),
                ValidFrom = from,
                ValidTo = to,
                IsEnabled = entry["is_enabled"]?.GetValue<bool>() ?? true,
                Recurrence = entry["invite_recurrence"]?.DeepClone(),
            });
        }

        return schedules;
    }
}
