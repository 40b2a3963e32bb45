using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the directory-listing members and the provider-side users (beside the people operations).</summary>
public sealed class PeopleDirectoryWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string ListingId = Samples.EntityId;
    private const string OtherListingId = "01JA83E7WZ5T1R4S9Y6A8B0D3G";
    private readonly WireMockFixture _fake;

    public PeopleDirectoryWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_directory_listing_members")]
    public async Task Listing_members_send_the_entity_ids_comma_joined_and_come_back_as_json()
    {
        await _fake.RespondAsync("list_integration_directory_listing_members", 200, LifecycleSamples.ListingMembers);
        using var client = _fake.CreateClient();

        var members = (await client.Integrations.People.ListListingMembersAsync(Id, new[] { ListingId, OtherListingId })).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_directory_listing_members",
            "GET",
            $"/integrations/{Id}/directory-listing-members?entity_ids={ListingId}%2C{OtherListingId}",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal("Dana Levi", members.GetProperty(ListingId)[0].GetProperty("display_name").GetString());
        Assert.Equal(0, members.GetProperty(OtherListingId).GetArrayLength());
    }

    [Fact]
    [Trait("operationId", "list_integration_directory_listing_members")]
    public async Task Listing_members_without_ids_leave_the_key_out()
    {
        await _fake.RespondAsync("list_integration_directory_listing_members", 200, LifecycleSamples.ListingMembers);
        using var client = _fake.CreateClient();

        await client.Integrations.People.ListListingMembersAsync(Id, Array.Empty<string>());

        await _fake.AssertSingleCallAsync(
            "list_integration_directory_listing_members", "GET", $"/integrations/{Id}/directory-listing-members", TestKeys.Org, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "list_integration_users")]
    public async Task Provider_users_are_a_get_with_X_Org_and_decode_each_status()
    {
        await _fake.RespondAsync("list_integration_users", 200, LifecycleSamples.ProviderUsers);
        using var client = _fake.CreateClient();

        var users = (await client.Integrations.People.ListProviderUsersAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_users", "GET", $"/integrations/{Id}/integration-users", TestKeys.Org, jsonBody: null);
        Assert.Equal(Id, users.IntegrationId);
        Assert.Equal(1, users.UnmanagedCount);
        Assert.Null(users.DirectoryLimited);
        Assert.Equal(2, users.Items.Count);
        var linked = users.Items[0];
        Assert.Equal("gate-user-17", linked.ExternalId);
        Assert.Equal("linked", linked.Status);
        Assert.Equal(Samples.UserId, linked.OpenappUserId);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 18, 30, 0, TimeSpan.Zero), linked.LastSeenAt);
        Assert.False(linked.Unmanaged);
        Assert.True(users.Items[1].Unmanaged);
        Assert.Null(users.Items[1].Email);
    }

    [Fact]
    [Trait("operationId", "list_integration_users")]
    public async Task Provider_users_of_one_device_send_device_id()
    {
        await _fake.RespondAsync("list_integration_users", 200, LifecycleSamples.ProviderUsers);
        using var client = _fake.CreateClient();

        await client.Integrations.People.ListProviderUsersAsync(Id, deviceId: "gate 1/main");

        await _fake.AssertSingleCallAsync(
            "list_integration_users", "GET", $"/integrations/{Id}/integration-users?device_id=gate%201%2Fmain", TestKeys.Org, jsonBody: null);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var people = client.Integrations.People;

        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => people.ListListingMembersAsync(" "))).ParamName);
        Assert.Equal("entityIds", (await Assert.ThrowsAsync<ArgumentException>(() => people.ListListingMembersAsync(Id, new[] { ListingId, " " }))).ParamName);
        var comma = await Assert.ThrowsAsync<ArgumentException>(() => people.ListListingMembersAsync(Id, new[] { "a,b" }));
        Assert.Equal("entityIds", comma.ParamName);
        Assert.Contains("comma", comma.Message, StringComparison.Ordinal);
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => people.ListProviderUsersAsync(""))).ParamName);
        Assert.Equal("deviceId", (await Assert.ThrowsAsync<ArgumentException>(() => people.ListProviderUsersAsync(Id, deviceId: " "))).ParamName);

        Assert.Empty(_fake.Server.LogEntries);
    }
}
