using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the building-user operations (201 on add, 204 without a body on delete).</summary>
public sealed class BuildingUsersWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public BuildingUsersWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_building_users")]
    public async Task List_comes_back_as_json()
    {
        await _fake.RespondAsync("list_building_users", 200, Samples.BuildingUsers);
        using var client = _fake.CreateClient();

        var users = (await client.Integrations.BuildingUsers.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("list_building_users", "GET", $"/integrations/{Id}/building-users", TestKeys.Org, jsonBody: null);
        var list = users.GetProperty("users");
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal(Samples.UserId, list[0].GetProperty("user_id").GetString());
        Assert.Equal("building_manager", list[1].GetProperty("role").GetString());
    }

    [Fact]
    [Trait("operationId", "add_building_user")]
    public async Task Add_posts_the_user_and_role_and_accepts_201_without_a_body()
    {
        await _fake.RespondAsync("add_building_user", 201, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.BuildingUsers.AddAsync(Id, new AddBuildingUserPayload { UserId = Samples.UserId, Role = "resident" });

        await _fake.AssertSingleCallAsync(
            "add_building_user",
            "POST",
            $"/integrations/{Id}/building-users",
            TestKeys.Org,
            """{"user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G", "role": "resident"}""");
        Assert.Equal(201, response.Status);
    }

    [Fact]
    [Trait("operationId", "delete_building_user")]
    public async Task Delete_sends_delete_and_accepts_204_without_a_body()
    {
        await _fake.RespondAsync("delete_building_user", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.BuildingUsers.DeleteAsync(Id, Samples.UserId);

        await _fake.AssertSingleCallAsync(
            "delete_building_user", "DELETE", $"/integrations/{Id}/building-users/{Samples.UserId}", TestKeys.Org, jsonBody: null);
        Assert.Equal(204, response.Status);
    }
}
