using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The fake's transfers: the preview counts what the transfer then does; moves and duplicates between organizations.</summary>
public class TransferTests : IClassFixture<FakeServerFixture>
{
    private const string Home = FakeOpenAppServer.DefaultOrganizationId;
    private const string Other = FakeOpenAppServer.OtherOrganizationId;
    private readonly FakeOpenAppServer _server;

    public TransferTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_preview_counts_the_live_rows_a_duplicate_copies_and_everything_a_move_carries()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { IncludeProviderDemoDevices = true });
        _server.SeedEntity(id, new FakeEntitySeed { EntityType = EntityType.Switch, Deleted = true });
        using var client = _server.CreateClient();
        await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Front door" });

        var move = (await client.Integrations.GetTransferPreviewAsync(id)).Value;
        var duplicate = (await client.Integrations.GetTransferPreviewAsync(id, TransferModeDto.Duplicate)).Value;

        Assert.Equal(TransferModeDto.Move, move.Mode);
        Assert.Equal(Home, move.SourceOrgId);
        Assert.Equal(4, move.Affected.Entities);
        Assert.Equal(3, duplicate.Affected.Entities);
        Assert.Equal(3, duplicate.Affected.Devices);
        Assert.Equal(2, duplicate.Affected.Zones);
        Assert.Equal(1, duplicate.Affected.AccessPortals);
        Assert.Equal(0, duplicate.Affected.Sessions);
        Assert.Empty(move.Warnings);
        Assert.False(move.RequiresConfirmation);
        Assert.Equal("mode=duplicate", _server.RequestsFor("get_integration_transfer_preview")[1].Query);
    }

    [Fact]
    public async Task A_transfer_with_warnings_needs_confirm_and_then_moves_the_integration_out_of_the_organization()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { BuildingUsers = { ["user-1"] = "resident" } });
        using var client = _server.CreateClient();

        var preview = (await client.Integrations.GetTransferPreviewAsync(id)).Value;
        var refused = await Assert.ThrowsAsync<OpenAppConflictException>(() => client.Integrations.TransferAsync(id, new TransferIntegrationRequest { TargetOrgId = Other }));
        var moved = (await client.Integrations.TransferAsync(id, new TransferIntegrationRequest { TargetOrgId = Other, Confirm = true })).Value;

        Assert.Equal(new[] { "people_stay" }, preview.Warnings);
        Assert.True(preview.RequiresConfirmation);
        Assert.True(refused.IsConfirmationRequired);
        Assert.Contains("people_stay", refused.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(id, moved.Id);
        Assert.Equal(Other, moved.OrgId);
        Assert.Equal(Home, moved.SourceOrgId);
        Assert.Equal(Other, moved.TargetOrgId);
        Assert.Equal(new[] { "people_stay" }, moved.Warnings);
        Assert.Null(_server.FindIntegration(id, Home));
        var there = _server.FindIntegration(id, Other)!;
        Assert.Equal(Other, there.OrganizationId);
        Assert.Empty(there.BuildingUsers);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetAsync(id))).Status);
        Assert.Equal(id, (await client.ForOrganization(Other).Integrations.GetAsync(id)).Value.Id);
    }

    [Fact]
    public async Task A_duplicate_copies_under_new_ids_and_leaves_the_original_as_it_was()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed
        {
            IncludeProviderDemoDevices = true,
            Secrets = System.Text.Json.Nodes.JsonNode.Parse("""{"pin": "1234"}"""),
        });
        using var client = _server.CreateClient();
        var door = (await client.Integrations.ListEntitiesAsync(id)).Value.Items.First(e => e.EntityType == EntityType.Door);
        await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Front door", DeviceId = door.DeviceId });
        var picture = (await client.Integrations.Images.UploadAsync(id, TestImages.Png, "lobby.png")).Value;

        var copy = (await client.Integrations.TransferAsync(
            id, new TransferIntegrationRequest { TargetOrgId = Other, Mode = TransferModeDto.Duplicate })).Value;

        Assert.NotEqual(id, copy.Id);
        Assert.Equal(Other, copy.OrgId);
        Assert.Equal(TransferModeDto.Duplicate, copy.Mode);
        Assert.Contains("Seeded integration", copy.Name.AllTexts);
        var original = _server.FindIntegration(id, Home)!;
        var duplicate = _server.FindIntegration(copy.Id, Other)!;
        Assert.Equal(original.EntityIds.Count, duplicate.EntityIds.Count);
        Assert.Empty(original.EntityIds.Intersect(duplicate.EntityIds));
        Assert.Empty(original.ZoneIds.Intersect(duplicate.ZoneIds));
        Assert.True(duplicate.HasSecrets);

        var other = client.ForOrganization(Other).Integrations;
        var copiedEntities = (await other.ListEntitiesAsync(copy.Id)).Value.Items;
        var copiedZones = (await other.Zones.ListAsync(copy.Id)).Value.Items.Select(z => z.Id).ToHashSet();
        Assert.All(copiedEntities.Where(e => e.ZoneId is not null), e => Assert.Contains(e.ZoneId!, copiedZones));
        var copiedPortal = Assert.Single((await other.AccessPortals.ListAsync(copy.Id)).Value.Items);
        Assert.Equal(copiedEntities.First(e => e.EntityType == EntityType.Door).DeviceId, copiedPortal.DeviceId);
        Assert.NotEqual(door.DeviceId, copiedPortal.DeviceId);

        var copiedPicture = (await other.Images.GetAsync(copy.Id)).Value;
        Assert.NotEqual(picture.Url, copiedPicture.Url);
        await client.Integrations.Images.DeleteAsync(id);
        await using var download = (await other.Images.DownloadAsync(copy.Id)).Value;
        using var bytes = new MemoryStream();
        await download.Content.CopyToAsync(bytes);
        Assert.Equal(TestImages.Png.ToArray(), bytes.ToArray());
        Assert.Single((await client.Integrations.AccessPortals.ListAsync(id)).Value.Items);
    }

    [Fact]
    public async Task A_duplicate_leaves_invites_behind_and_says_so()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;
        await client.Integrations.AccessInvites.CreateAsync(id, new CreateAccessInviteRequest
        {
            PortalIds = { portal.Id },
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "2h" } },
        });

        var duplicate = (await client.Integrations.GetTransferPreviewAsync(id, TransferModeDto.Duplicate)).Value;
        var move = (await client.Integrations.GetTransferPreviewAsync(id, TransferModeDto.Move)).Value;
        var copy = (await client.Integrations.TransferAsync(
            id, new TransferIntegrationRequest { TargetOrgId = Other, Mode = TransferModeDto.Duplicate, Confirm = true })).Value;

        Assert.Equal(new[] { "invite_links_not_duplicated" }, duplicate.Warnings);
        Assert.Equal(0, duplicate.Affected.InviteLinks);
        Assert.Equal(new[] { "invite_links_move" }, move.Warnings);
        Assert.Equal(1, move.Affected.InviteLinks);
        Assert.Equal(0, (await client.ForOrganization(Other).Integrations.AccessInvites.ListAsync(copy.Id)).Value.Total);
        Assert.Equal(1, (await client.Integrations.AccessInvites.ListAsync(id)).Value.Total);
    }

    [Fact]
    public async Task A_transfer_to_its_own_organization_or_in_an_unknown_mode_is_400()
    {
        var id = _server.SeedIntegration();
        using var client = _server.CreateClient();
        var raw = new Uri(_server.ApiRoot + $"/integrations/{id}/transfer");

        var (sameStatus, sameBody) = await Raw.SendAsync(HttpMethod.Post, raw, _server.ApiKey, Home, $$"""{"target_org_id": "{{Home}}"}""");
        var (modeStatus, modeBody) = await Raw.SendAsync(HttpMethod.Post, raw, _server.ApiKey, Home, $$"""{"target_org_id": "{{Other}}", "mode": "clone"}""");
        var (extraStatus, _) = await Raw.SendAsync(HttpMethod.Post, raw, _server.ApiKey, Home, $$"""{"target_org_id": "{{Other}}", "force": true}""");
        var preview = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.GetTransferPreviewAsync(id, new TransferModeDto("clone")));

        Assert.Equal(400, sameStatus);
        Assert.Contains("same_organization", sameBody, StringComparison.Ordinal);
        Assert.Equal(400, modeStatus);
        Assert.Contains("mode", modeBody, StringComparison.Ordinal);
        Assert.Equal(400, extraStatus);
        Assert.Contains("mode", preview.ServerMessage, StringComparison.Ordinal);
        Assert.NotNull(_server.FindIntegration(id, Home));
    }

    [Fact]
    public async Task Transfers_of_an_integration_the_organization_does_not_have_are_404()
    {
        var id = _server.SeedIntegration(organizationId: Other);
        using var client = _server.CreateClient();

        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetTransferPreviewAsync(id))).Status);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<OpenAppApiException>(
            () => client.Integrations.TransferAsync(id, new TransferIntegrationRequest { TargetOrgId = "01HZX3K9Q7ORGCCCCCCCCCCCCC" }))).Status);
    }
}
