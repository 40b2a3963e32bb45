using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Keeps the invite of a booking in step with the booking: created, replayed safely, then revoked.</summary>
public sealed class ReconcileStep : ITourStep
{
    public string Title => "Invites of an outside system (reconcile)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var portalId = context.PortalId ?? throw new InvalidOperationException("The portal was not created.");
        context.Say("A booking system keeps one invite per reservation by saying what it wants, not what to do: " +
            "reconcile creates, updates, revokes or leaves the invite of that reservation, which it finds by the booking's id.");
        var booking = new ReconcileAccessInviteRequest
        {
            ExternalRef = { Source = "tour", RecordId = $"booking-{context.RunTag}", Revision = 1 },
            Invitation = new CreateAccessInviteRequest
            {
                PortalIds = { portalId },
                Name = $"Guest of booking {context.RunTag}",
                Schedules = { new InviteScheduleEntryInput { StartsIn = "1h", ExpiresIn = "48h" } },
            },
        };

        // The same Idempotency-Key on a repeated call (as after a lost answer) gets the first answer back, not a second
        // write; the one-time link is left out of the replay.
        var once = new OpenAppRequestOptions { IdempotencyKey = $"tour-{context.RunTag}-booking-1" };
        var first = (await invites.ReconcileAsync(id, booking, once, cancellationToken)).Value;
        context.Say($"{first.Action} invite {first.InviteLinkId} for {booking.ExternalRef.RecordId}; link {(first.InviteUrl is null ? "not shown" : "handed out once")}");

        var replay = (await invites.ReconcileAsync(id, booking, once, cancellationToken)).Value;
        context.Say($"the same call again: {replay.Action} (replay: {replay.IdempotentReplay}), link {(replay.InviteUrl is null ? "not shown again" : "shown again")}");

        var cancelled = (await invites.ReconcileAsync(id, new ReconcileAccessInviteRequest
        {
            ExternalRef = { Source = "tour", RecordId = $"booking-{context.RunTag}", Revision = 2 },
            State = ReconcileInviteState.Revoked,
        }, cancellationToken: cancellationToken)).Value;
        context.Say($"the booking was cancelled: {cancelled.Action}, invite state {cancelled.Invite?.State ?? "none"}");
    }
}
