using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Plans an invite for a guest (preview), creates it (valid for a day from now), lists and changes it.</summary>
public sealed class InvitesStep : ITourStep
{
    public string Title => "Access invites (preview, create, list, update)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var portalId = context.PortalId ?? throw new InvalidOperationException("The portal was not created.");
        context.Say("An access invite is a link you send a guest: it opens the portals it names while its schedule says so. " +
            "We ask the server what an invite for a plumber would be, then create it.");
        CreateAccessInviteRequest Plumber() => new()
        {
            PortalIds = { portalId },
            Name = $"Plumber {context.RunTag}",
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "24h" } },
            MaxUses = 3,
        };

        // Preview runs create's checks and answers what create would make, without creating anything.
        var preview = (await invites.PreviewAsync(id, Plumber(), TourContext.Write(), cancellationToken)).Value;
        context.Say($"preview: {preview.GrantedPortals.Count} portal(s), {preview.UnlinkedPortalIds.Count} without a door, " +
            $"{(preview.PendingApproval ? "would wait for approval" : "needs no approval")}");

        // The SDK gives invite creation an Idempotency-Key of its own, so a retried create cannot invite twice.
        var created = (await invites.CreateAsync(id, Plumber(), cancellationToken: cancellationToken)).Value;
        context.InviteId = created.InviteLinkId;
        context.Say($"created invite {created.InviteLinkId}: {Describe(created.ScheduleKind.Value)}, {created.ValidFrom:u} to {created.ValidTo:u}, {created.GrantedPortals.Count} portal(s)");

        var list = (await invites.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the integration lists {list.Total} invite(s)");

        var updated = (await invites.UpdateAsync(id, created.InviteLinkId, new UpdateAccessInviteRequest { MaxUses = 5 }, cancellationToken: cancellationToken)).Value;
        context.Say($"max uses now {updated.MaxUses}, state {updated.State}");
    }

    // The schedule's shape in words; a kind this tour does not know is shown as the server names it.
    private static string Describe(string scheduleKind) => scheduleKind switch
    {
        "single_window" => "one time window",
        "single_recurring" => "one window repeating",
        "multiple" => "several windows",
        _ => scheduleKind,
    };
}
