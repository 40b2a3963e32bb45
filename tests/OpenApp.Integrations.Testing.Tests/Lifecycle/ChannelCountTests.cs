using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The fake's channel-count refresh: one channel per live entity of a device, with what it was before.</summary>
public class ChannelCountTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public ChannelCountTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_second_refresh_reports_the_change_since_the_first()
    {
        var id = _server.SeedIntegration();
        var relay = _server.SeedEntity(id, new FakeEntitySeed { DeviceId = "relay-board-1", EntityType = EntityType.Switch });
        using var client = _server.CreateClient();

        var first = (await client.Integrations.RefreshDeviceChannelCountsAsync(id)).Value;
        _server.SeedEntity(id, new FakeEntitySeed { DeviceId = "relay-board-1", EntityType = EntityType.Switch });
        var second = (await client.Integrations.RefreshDeviceChannelCountsAsync(id)).Value;

        Assert.NotNull(relay);
        var before = Assert.Single(first.GetProperty("devices").EnumerateArray().ToList());
        Assert.Equal("relay-board-1", before.GetProperty("device_id").GetString());
        Assert.Equal(1, before.GetProperty("channel_count").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("previous_channel_count").ValueKind);
        var after = Assert.Single(second.GetProperty("devices").EnumerateArray().ToList());
        Assert.Equal(2, after.GetProperty("channel_count").GetInt32());
        Assert.Equal(1, after.GetProperty("previous_channel_count").GetInt32());
        Assert.True(after.GetProperty("changed").GetBoolean());
    }

    [Fact]
    public async Task A_provider_that_cannot_count_channels_answers_501_not_supported()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { ProviderType = ProviderType.Mqtt });
        using var client = _server.CreateClient();

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RefreshDeviceChannelCountsAsync(id));

        Assert.Equal(501, error.Status);
        Assert.Equal("not_supported", error.ErrorCode);
    }
}
