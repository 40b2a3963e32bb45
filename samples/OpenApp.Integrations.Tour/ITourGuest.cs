namespace OpenApp.Integrations.Tour;

/// <summary>
/// A guest holding an invite link. Guests act outside the Integrations API (in the guest app), so the tour cannot make
/// one act through the SDK: in demo mode the fake server plays the guest (<see cref="FakeGuest"/>); against a real
/// server there is none, and the steps read whatever real guests did.
/// </summary>
public interface ITourGuest
{
    /// <summary>Opens the invite's first door with its link.</summary>
    /// <returns>Whether the door opened.</returns>
    Task<bool> UseInviteAsync(string integrationId, string inviteId, CancellationToken cancellationToken);

    /// <summary>Asks for more time on the invite.</summary>
    Task AskForRenewalAsync(string integrationId, string inviteId, string note, CancellationToken cancellationToken);
}
