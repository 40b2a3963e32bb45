using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the people operations (201 on add, 204 without a body on delete).</summary>
public sealed class PeopleWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public PeopleWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_people")]
    public async Task List_comes_back_as_json()
    {
        await _fake.RespondAsync("list_people", 200, Samples.People);
        using var client = _fake.CreateClient();

        var people = (await client.Integrations.People.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("list_people", "GET", $"/integrations/{Id}/people", TestKeys.Org, jsonBody: null);
        var list = people.GetProperty("users");
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal(Samples.UserId, list[0].GetProperty("user_id").GetString());
        Assert.Equal("building_manager", list[1].GetProperty("role").GetString());
    }

    [Fact]
    [Trait("operationId", "list_people")]
    public async Task List_sends_the_locale_only_when_given()
    {
        await _fake.RespondAsync("list_people", 200, Samples.People);
        using var client = _fake.CreateClient();

        await client.Integrations.People.ListAsync(Id, locale: "he");

        await _fake.AssertSingleCallAsync("list_people", "GET", $"/integrations/{Id}/people?locale=he", TestKeys.Org, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "add_person")]
    public async Task Add_posts_the_user_and_role_and_accepts_201_without_a_body()
    {
        await _fake.RespondAsync("add_person", 201, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.People.AddAsync(Id, new AddBuildingUserPayload { UserId = Samples.UserId, Role = "resident" });

        await _fake.AssertSingleCallAsync(
            "add_person",
            "POST",
            $"/integrations/{Id}/people",
            TestKeys.Org,
            """{"user_id": "01JA84F8XA6V2S5T0Z7B9C1E4G", "role": "resident"}""");
        Assert.Equal(201, response.Status);
    }

    [Fact]
    [Trait("operationId", "delete_person")]
    public async Task Delete_sends_delete_and_accepts_204_without_a_body()
    {
        await _fake.RespondAsync("delete_person", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.People.DeleteAsync(Id, Samples.UserId);

        await _fake.AssertSingleCallAsync(
            "delete_person", "DELETE", $"/integrations/{Id}/people/{Samples.UserId}", TestKeys.Org, jsonBody: null);
        Assert.Equal(204, response.Status);
    }
}
