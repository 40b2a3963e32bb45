using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing;

// Guests act outside the Integrations API (through the invite link, in the guest app): these hooks make them act, so
// a test can read what they did through the API (invite and door usage, renewal requests). The type's summary is in
// Server/FakeOpenAppServer.cs: one per type.
public sealed partial class FakeOpenAppServer
{
    /// <summary>
    /// A guest uses an invite's link to open one of its portals, as the guest app would. The door opens only while the
    /// invite is active (enabled, within its validity, not revoked, not used up); otherwise the use is recorded as
    /// denied. Either way it shows in the invite's usage and, when the portal leads to a door device, in that door's
    /// usage; an opening also counts towards the invite's <c>uses</c> and sets its <c>last_used_at</c>.
    /// </summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="inviteId">The invite (its link id).</param>
    /// <param name="portalId">The portal the guest opens; null for the first of the invite's portals that is not deleted.</param>
    /// <param name="guestId">The fingerprint of the guest's device, as usage reports it.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>Whether the door opened.</returns>
    /// <exception cref="ArgumentException">The integration, the invite or the portal (among the invite's) does not exist.</exception>
    public bool SimulateInviteUse(
        string integrationId,
        string inviteId,
        string? portalId = null,
        string guestId = "guest-1",
        string organizationId = DefaultOrganizationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(guestId);
        lock (_store.Sync)
        {
            var integration = Existing(integrationId, organizationId);
            var invite = ExistingInvite(integration, inviteId);
            var portal = invite.PortalIds
                    .Select(id => integration.Portals.FirstOrDefault(p => p.Id == id && p.DeletedAt is null))
                    .FirstOrDefault(p => p is not null && (portalId is null || p.Id == portalId))
                ?? throw new ArgumentException($"Invite '{inviteId}' grants no portal '{portalId ?? "(any)"}' that is not deleted.", nameof(portalId));
            var now = _store.Now;
            var opened = InviteViews.State(invite, now) == "active";
            if (opened)
            {
                invite.Uses++;
                invite.LastUsedAt = now;
            }

            integration.Usage.Add(new UsageRecord
            {
                Id = _store.Ids.NewId(),
                OccurredAt = now,
                Outcome = opened ? "succeeded" : "denied",
                ActorKind = "guest",
                GuestId = guestId,
                DeviceId = portal.DeviceId,
                InviteId = invite.Id,
                DoorName = JsonViews.Map(portal.Name),
                InviteName = invite.Name is null ? null : JsonValue.Create(invite.Name),
            });
            return opened;
        }
    }

    /// <summary>
    /// A guest asks for more time on an invite, as the guest app would: the request waits in the invite's renewal
    /// requests (and counts in its <c>pending_renewal_count</c>) until it is dismissed.
    /// </summary>
    /// <param name="integrationId">The integration.</param>
    /// <param name="inviteId">The invite (its link id).</param>
    /// <param name="note">What the guest wrote, if anything.</param>
    /// <param name="requesterName">The guest's name, if known.</param>
    /// <param name="requesterUserId">The guest's user id; null makes one up.</param>
    /// <param name="organizationId">The owning organization.</param>
    /// <returns>The request's id (dismissing it takes this id).</returns>
    /// <exception cref="ArgumentException">The integration or the invite does not exist.</exception>
    public string SimulateRenewalRequest(
        string integrationId,
        string inviteId,
        string? note = null,
        string? requesterName = null,
        string? requesterUserId = null,
        string organizationId = DefaultOrganizationId)
    {
        lock (_store.Sync)
        {
            var invite = ExistingInvite(Existing(integrationId, organizationId), inviteId);
            var request = new RenewalRequestRecord
            {
                Id = _store.Ids.NewId(),
                RequesterUserId = requesterUserId ?? _store.Ids.NewId(),
                RequesterName = requesterName,
                Note = note,
                CreatedAt = _store.Now,
            };
            invite.RenewalRequests.Add(request);
            return request.Id;
        }
    }

    private static InviteRecord ExistingInvite(IntegrationRecord integration, string inviteId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inviteId);
        return integration.Invites.FirstOrDefault(i => i.Id == inviteId)
            ?? throw new ArgumentException($"Integration '{integration.Id}' has no invite '{inviteId}'.", nameof(inviteId));
    }
}
