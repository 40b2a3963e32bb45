using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>The fake's deleted portals: listed apart, restored with their id and links, granted by invites again.</summary>
public class PortalRestoreTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public PortalRestoreTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_deleted_portal_is_listed_as_deleted_and_comes_back_whole_on_restore()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portals = client.Integrations.AccessPortals;
        var gate = (await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate", DirectoryId = "dir-1" })).Value;
        var invite = (await client.Integrations.AccessInvites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { gate.Id },
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "24h" } },
        })).Value;
        Assert.Empty((await portals.ListDeletedAsync(id)).Value);

        await portals.DeleteAsync(id, gate.Id);
        var deleted = Assert.Single((await portals.ListDeletedAsync(id)).Value);
        var grantedWhileDeleted = Assert.Single((await client.Integrations.AccessInvites.ListAsync(id)).Value.Items).GrantedPortals;
        var restored = (await portals.RestoreAsync(id, gate.Id)).Value;

        Assert.Equal(gate.Id, deleted.Id);
        Assert.NotNull(deleted.DeletedAt);
        Assert.Empty(grantedWhileDeleted);
        Assert.Equal(gate.Id, restored.Id);
        Assert.Equal(gate.PublicId, restored.PublicId);
        Assert.Equal("dir-1", restored.DirectoryId);
        Assert.Null(restored.DeletedAt);
        Assert.Empty((await portals.ListDeletedAsync(id)).Value);
        Assert.Equal(gate.Id, Assert.Single((await portals.ListAsync(id)).Value.Items).Id);
        Assert.Equal(gate.Id, (await portals.GetAsync(gate.Id)).Value.Id);
        Assert.Equal(gate.Id, Assert.Single(Assert.Single((await client.Integrations.AccessInvites.ListAsync(id)).Value.Items).GrantedPortals).Id);
        Assert.Equal(invite.InviteLinkId, Assert.Single((await client.Integrations.AccessInvites.ListAsync(id)).Value.Items).Id);
    }

    [Fact]
    public async Task Restoring_a_live_or_unknown_portal_is_404()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portals = client.Integrations.AccessPortals;
        var gate = (await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;

        var live = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => portals.RestoreAsync(id, gate.Id));
        var unknown = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => portals.RestoreAsync(id, "no-such-portal"));

        Assert.Contains("deleted access portal", live.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(404, unknown.Status);
    }
}
