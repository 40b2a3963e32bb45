using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The fake's provider-side users and directory-listing members.</summary>
public class DirectoryTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public DirectoryTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task Provider_users_have_a_status_from_their_links_and_the_unlinked_ones_are_counted()
    {
        var id = _server.SeedIntegration();
        _server.SeedProviderUser(id, new FakeProviderUserSeed { ExternalId = "u-1", DisplayName = "Dana", OpenAppUserId = "01JA84F8XA6V2S5T0Z7B9C1E4G" });
        _server.SeedProviderUser(id, new FakeProviderUserSeed { ExternalId = "u-2", PendingInvitationId = "01JA84F8XA6V2S5T0Z7B9C1E4H" });
        _server.SeedProviderUser(id, new FakeProviderUserSeed { ExternalId = "u-3", IsAdmin = true, LastSeenAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero) });
        using var client = _server.CreateClient();

        var users = (await client.Integrations.People.ListProviderUsersAsync(id)).Value;

        Assert.Equal(id, users.IntegrationId);
        Assert.Equal(new[] { "linked", "invited", "unlinked" }, users.Items.Select(u => u.Status));
        Assert.Equal(new[] { false, false, true }, users.Items.Select(u => u.Unmanaged));
        Assert.Equal(1, users.UnmanagedCount);
        Assert.Equal("01JA84F8XA6V2S5T0Z7B9C1E4G", users.Items[0].OpenappUserId);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), users.Items[2].LastSeenAt);
    }

    [Fact]
    public async Task A_device_filter_keeps_the_users_of_that_device_and_those_of_every_device()
    {
        var id = _server.SeedIntegration();
        _server.SeedEntity(id, new FakeEntitySeed { DeviceId = "gate-1" });
        _server.SeedEntity(id, new FakeEntitySeed { DeviceId = "gate-2" });
        _server.SeedProviderUser(id, new FakeProviderUserSeed { ExternalId = "on-gate-1", DeviceId = "gate-1" });
        _server.SeedProviderUser(id, new FakeProviderUserSeed { ExternalId = "on-gate-2", DeviceId = "gate-2" });
        _server.SeedProviderUser(id, new FakeProviderUserSeed { ExternalId = "everywhere" });
        using var client = _server.CreateClient();

        var gate1 = (await client.Integrations.People.ListProviderUsersAsync(id, deviceId: "gate-1")).Value;
        var unknown = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.People.ListProviderUsersAsync(id, deviceId: "gate-9"));

        Assert.Equal(new[] { "on-gate-1", "everywhere" }, gate1.Items.Select(u => u.ExternalId));
        Assert.Equal("unknown_device", unknown.ErrorCode);
    }

    [Fact]
    public async Task A_demo_integration_comes_with_provider_accounts()
    {
        using var client = _server.CreateClient();
        var created = (await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = ProviderType.VirtualAccess })).Value;

        var users = (await client.Integrations.People.ListProviderUsersAsync(created.Id)).Value;

        Assert.Equal(3, users.Items.Count);
        Assert.Equal(2, users.UnmanagedCount);
        Assert.Contains(users.Items, u => u.IsAdmin == true);
    }

    [Fact]
    public async Task Listing_members_come_by_listing_and_a_removed_person_leaves_the_listings()
    {
        var id = _server.SeedIntegration();
        var apartment1 = _server.SeedEntity(id, new FakeEntitySeed { EntityType = EntityType.DirectoryListing, Name = "Apartment 1" });
        var apartment2 = _server.SeedEntity(id, new FakeEntitySeed { EntityType = EntityType.DirectoryListing, Name = "Apartment 2" });
        _server.SeedBuildingUser(id, "user-dana", "resident");
        _server.SeedDirectoryListingMember(id, apartment1, "user-dana", "Dana Levi");
        _server.SeedDirectoryListingMember(id, apartment1, "user-noam", "Noam Cohen", "owner");
        using var client = _server.CreateClient();
        var people = client.Integrations.People;

        var all = (await people.ListListingMembersAsync(id)).Value;
        var one = (await people.ListListingMembersAsync(id, new[] { apartment2 })).Value;
        await people.DeleteAsync(id, "user-dana");
        var after = (await people.ListListingMembersAsync(id, new[] { apartment1 })).Value;

        Assert.Equal(2, all.GetProperty(apartment1).GetArrayLength());
        Assert.Equal("owner", all.GetProperty(apartment1)[1].GetProperty("role").GetString());
        Assert.Equal(0, all.GetProperty(apartment2).GetArrayLength());
        Assert.Equal(new[] { apartment2 }, one.EnumerateObject().Select(p => p.Name));
        Assert.Equal("user-noam", Assert.Single(after.GetProperty(apartment1).EnumerateArray().ToList()).GetProperty("user_id").GetString());
        Assert.Equal($"entity_ids={apartment2}", _server.RequestsFor("list_integration_directory_listing_members")[1].Query);
    }

    [Fact]
    public async Task Asking_for_an_entity_that_is_not_a_directory_listing_is_400()
    {
        var id = _server.SeedIntegration();
        var door = _server.SeedEntity(id, new FakeEntitySeed { EntityType = EntityType.Door });
        using var client = _server.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.People.ListListingMembersAsync(id, new[] { door }));

        Assert.Equal("unknown_entity", error.ErrorCode);
        Assert.Throws<ArgumentException>(() => _server.SeedDirectoryListingMember(id, door, "u", "U"));
    }
}
