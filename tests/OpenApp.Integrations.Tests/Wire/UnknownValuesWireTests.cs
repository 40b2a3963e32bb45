using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>A server newer than the SDK: unknown enum values and fields must not break a list, and survive a round trip.</summary>
public sealed class UnknownValuesWireTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public UnknownValuesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task A_list_with_an_unknown_provider_type_and_health_decodes_and_round_trips()
    {
        _fake.RespondToAny(200, """
            {
              "items": [
                {
                  "id": "01JA7ZK3QH8V6XW2M9C4RT5N0B", "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
                  "provider_type": "acme_locks", "provider_type_name": { "en": "ACME Locks" },
                  "name": { "en": "Back gate" }, "enabled": true, "health": "degraded",
                  "firmware_channel": "beta"
                }
              ],
              "total": 1,
              "next_cursor": "c_2"
            }
            """);
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.ListAsync()).Value;

        var item = Assert.Single(page.Items);
        Assert.Equal(new ProviderType("acme_locks"), item.ProviderType);
        Assert.Equal(new IntegrationHealth("degraded"), item.Health);
        Assert.Equal("beta", ((JsonElement)item.AdditionalProperties["firmware_channel"]).GetString());
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(item, OpenAppJson.TypeInfo<IntegrationResponse>()));
        Assert.Equal("acme_locks", written.RootElement.GetProperty("provider_type").GetString());
        Assert.Equal("degraded", written.RootElement.GetProperty("health").GetString());
        Assert.Equal("beta", written.RootElement.GetProperty("firmware_channel").GetString());
    }

    [Fact]
    public async Task Entities_with_an_unknown_type_decode_and_the_type_can_be_sent_back_as_a_filter()
    {
        _fake.RespondToAny(200, """
            {"items": [{"id": "01JA83E7WZ5T1R4S9Y6A8B0D3F", "device_id": "knx-1.1.4", "entity_type": "elevator", "battery": 87}], "total": 1}
            """);
        using var client = _fake.CreateClient();

        var entity = Assert.Single((await client.Integrations.ListEntitiesAsync(Samples.IntegrationId)).Value.Items);
        await client.Integrations.ListEntitiesAsync(Samples.IntegrationId, new ListEntitiesOptions { EntityTypes = { entity.EntityType } });

        Assert.Equal("elevator", entity.EntityType.Value);
        Assert.Equal(87, ((JsonElement)entity.AdditionalProperties["battery"]).GetInt32());
        var second = _fake.Server.LogEntries[^1].RequestMessage!;
        Assert.EndsWith("&entity_type=elevator", WireAssert.RawPathAndQuery(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_schedule_kind_decodes()
    {
        _fake.RespondToAny(200, Samples.InviteList.Replace("\"single_recurring\"", "\"weekly_rotation\"", StringComparison.Ordinal));
        using var client = _fake.CreateClient();

        var invite = Assert.Single((await client.Integrations.AccessInvites.ListAsync(Samples.IntegrationId)).Value.Items);

        Assert.Equal("weekly_rotation", invite.ScheduleKind.Value);
    }
}
