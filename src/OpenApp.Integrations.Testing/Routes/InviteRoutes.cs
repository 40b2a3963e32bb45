using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Access invites: list, create (validity from a window, a duration or schedules), update, revoke, restore.</summary>
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
        return FakeResponse.Ok(new JsonObject
        {
            ["invites"] = new JsonArray(integration.Invites.Select(i => (JsonNode)InviteViews.ListItem(i, integration, context.Now)).ToArray()),
        });
    }

    private static FakeResponse Create(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var body = request.BodyObject;
        var now = context.Now;
        var invite = new InviteRecord
        {
            Id = context.Store.Ids.NewId(),
            Token = "inv_" + IdGenerator.NewToken(24),
            Name = JsonInput.String(body, "name"),
            PortalIds = PortalIds(integration, body["portal_ids"]),
            IsEnabled = body["is_enabled"]?.GetValue<bool>() ?? true,
            MaxUses = MaxUses(body),
            InviteeMessage = body["invitee_message"]?.DeepClone(),
            InviteRecurrence = body["invite_recurrence"]?.DeepClone(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        invite.Schedules = Schedules(body, context, fallbackFrom: now, fallbackTo: null)
            ?? throw new InvalidOperationException("A new invite always gets a schedule.");
        integration.Invites.Add(invite);
        return FakeResponse.Ok(InviteViews.Created(invite, integration, now));
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

        if (body["is_enabled"] is { } enabled)
        {
            invite.IsEnabled = enabled.GetValue<bool>();
        }

        // Nullable fields: absent keeps, null clears.
        if (JsonInput.Has(body, "name"))
        {
            invite.Name = JsonInput.String(body, "name");
        }

        if (JsonInput.Has(body, "max_uses"))
        {
            invite.MaxUses = MaxUses(body);
        }

        if (JsonInput.Has(body, "disabled_justification"))
        {
            invite.DisabledJustification = JsonInput.String(body, "disabled_justification");
        }

        if (JsonInput.Has(body, "invitee_message"))
        {
            invite.InviteeMessage = body["invitee_message"]?.DeepClone();
        }

        if (JsonInput.Has(body, "invite_recurrence"))
        {
            invite.InviteRecurrence = body["invite_recurrence"]?.DeepClone();
        }

        if (Schedules(body, context, fallbackFrom: invite.ValidFrom, fallbackTo: invite.ValidTo) is { } schedules)
        {
            invite.Schedules = schedules;
        }

        invite.UpdatedAt = context.Now;
        return FakeResponse.Ok(InviteViews.ListItem(invite, integration, context.Now));
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var invite = Find(integration, request.Route("invite_link_id"));
        invite.RevokedAt ??= context.Now;
        invite.UpdatedAt = context.Now;
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

    private static InviteRecord Find(IntegrationRecord integration, string inviteId) =>
        integration.Invites.FirstOrDefault(i => i.Id == inviteId) ?? throw FakeApiException.NotFound("access invite", inviteId);

    private static List<string> PortalIds(IntegrationRecord integration, JsonNode? node)
    {
        var ids = node?.AsArray().Select(n => (string)n!).ToList() ?? new List<string>();
        if (ids.Count == 0)
        {
            throw FakeApiException.InvalidField("portal_ids", "must name at least one portal");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (integration.Portals.All(p => p.Id != ids[i]))
            {
                throw FakeApiException.InvalidField($"portal_ids[{i}]", $"is not a portal of this integration ('{ids[i]}')");
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int? MaxUses(JsonObject body)
    {
        var value = body["max_uses"]?.GetValue<int>();
        return value is < 1 ? throw FakeApiException.InvalidField("max_uses", "must be 1 or more") : value;
    }

    /// <summary>
    /// The schedules a create or update asks for: explicit <c>schedules</c>, else one window from
    /// <c>valid_from</c> / <c>valid_to</c> / <c>expires_in</c>. Null on an update that changes none of them.
    /// </summary>
    private static List<InviteScheduleRecord>? Schedules(JsonObject body, RouteContext context, DateTimeOffset fallbackFrom, DateTimeOffset? fallbackTo)
    {
        if (body["schedules"] is JsonArray entries && entries.Count > 0)
        {
            var schedules = new List<InviteScheduleRecord>();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i]!.AsObject();
                var from = JsonInput.Timestamp(JsonInput.String(entry, "valid_from")!, $"schedules[{i}].valid_from");
                var to = JsonInput.Timestamp(JsonInput.String(entry, "valid_to")!, $"schedules[{i}].valid_to");
                CheckOrder(from, to, $"schedules[{i}].valid_to");
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

        var validFrom = JsonInput.String(body, "valid_from");
        var validTo = JsonInput.String(body, "valid_to");
        var expiresIn = JsonInput.String(body, "expires_in");
        if (validFrom is null && validTo is null && expiresIn is null && fallbackTo is not null)
        {
            return null;
        }

        var start = validFrom is null ? fallbackFrom : JsonInput.Timestamp(validFrom, "valid_from");
        var end = validTo is not null ? JsonInput.Timestamp(validTo, "valid_to")
            : expiresIn is not null ? context.Now + JsonInput.Duration(expiresIn, "expires_in")
            : fallbackTo ?? start + s_defaultValidity;
        CheckOrder(start, end, validTo is null && expiresIn is not null ? "expires_in" : "valid_to");
        return new List<InviteScheduleRecord>
        {
            new() { Id = context.Store.Ids.NewId(), ValidFrom = start, ValidTo = end },
        };
    }

    private static void CheckOrder(DateTimeOffset from, DateTimeOffset to, string field)
    {
        if (to <= from)
        {
            throw FakeApiException.InvalidField(field, "must end after the window starts");
        }
    }
}
