using OpenApp.Integrations.Testing;

namespace OpenApp.Integrations.Tour;

/// <summary>The guest of demo mode: the fake server records what a guest app would have sent.</summary>
public sealed class FakeGuest : ITourGuest
{
    private readonly FakeOpenAppServer _server;
    private readonly string _organizationId;

    /// <summary>A guest acting on <paramref name="server"/>, in the organization the tour's client works in.</summary>
    public FakeGuest(FakeOpenAppServer server, string organizationId = FakeOpenAppServer.DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        _server = server;
        _organizationId = organizationId;
    }

    public Task<bool> UseInviteAsync(string integrationId, string inviteId, CancellationToken cancellationToken) =>
        Task.FromResult(_server.SimulateInviteUse(integrationId, inviteId, guestId: "tour-guest", organizationId: _organizationId));

    public Task AskForRenewalAsync(string integrationId, string inviteId, string note, CancellationToken cancellationToken)
    {
        _server.SimulateRenewalRequest(integrationId, inviteId, note, requesterName: "Tour guest", organizationId: _organizationId);
        return Task.CompletedTask;
    }
}
