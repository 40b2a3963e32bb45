using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>The fake's invite and portal lists follow the current contract: pages, filters, soft-deleted portals.</summary>
public class InviteAndPortalListTests : IClassFixture<SmallPagesFixture>
{
    private readonly FakeOpenAppServer _server;

    public InviteAndPortalListTests(SmallPagesFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task Invites_are_paged_and_filtered_by_kind_outside_record_and_validity()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;
        var invites = client.Integrations.AccessInvites;
        for (var i = 0; i < 4; i++)
        {
            await invites.CreateAsync(id, new CreateAccessInviteRequest
            {
                PortalIds = { portal.Id },
                Name = "Guest " + i,
                Kind = i == 0 ? AccessInviteKind.Share : (AccessInviteKind?)null,
                ExternalRef = i == 1 ? new ExternalReferenceInput { Source = "mews", RecordId = "res-1" } : null,
                Schedules =
                {
                    new InviteScheduleEntryInput
                    {
                        ValidFrom = new DateTimeOffset(2030, 1, 1 + i, 10, 0, 0, TimeSpan.Zero),
                        ValidTo = new DateTimeOffset(2030, 1, 1 + i, 12, 0, 0, TimeSpan.Zero),
                    },
                },
            });
        }

        var first = (await invites.ListAsync(id, new ListAccessInvitesOptions { Limit = 10 })).Value;
        Assert.Equal(4, first.Total);
        Assert.Equal(3, first.Items.Count); // the fake caps pages at 3: the walk must advance by what arrived
        Assert.Equal(4, await invites.ListAllAsync(id, new ListAccessInvitesOptions { Limit = 10 }).CountAsync());

        Assert.Equal("Guest 0", Assert.Single((await invites.ListAsync(id, new ListAccessInvitesOptions { Kind = AccessInviteKind.Share })).Value.Items).Name);
        var linked = Assert.Single((await invites.ListAsync(id, new ListAccessInvitesOptions { ExternalSource = "mews", ExternalRecordId = "res-1" })).Value.Items);
        Assert.Equal("res-1", linked.ExternalRef!.RecordId);
        var later = (await invites.ListAsync(id, new ListAccessInvitesOptions { ValidFromAfter = new DateTimeOffset(2030, 1, 3, 0, 0, 0, TimeSpan.Zero) })).Value;
        Assert.Equal(new[] { "Guest 2", "Guest 3" }, later.Items.Select(i => i.Name));
        Assert.Equal(4, (await invites.ListAsync(id, new ListAccessInvitesOptions { State = "scheduled" })).Value.Total);
    }

    [Fact]
    public async Task A_deleted_portal_leaves_the_list_and_its_reads_but_not_the_ids_of_invites()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portals = client.Integrations.AccessPortals;
        var kept = (await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Kept", DirectoryId = "dir-1" })).Value;
        var gone = (await portals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gone" })).Value;

        await portals.DeleteAsync(id, gone.Id);

        var page = (await portals.ListAsync(id)).Value;
        Assert.Equal(kept.Id, Assert.Single(page.Items).Id);
        Assert.Equal("dir-1", page.Items[0].DirectoryId);
        Assert.Equal(1, page.Total);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => portals.GetAsync(gone.Id))).Status);
        Assert.Equal(new[] { kept.Id }, await portals.ListAllAsync(id).Select(p => p.Id).ToListAsync());
    }
}
