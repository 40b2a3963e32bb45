using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the Waveshare provisioning status and acknowledgement, and of the channel-count refresh.</summary>
public sealed class WaveshareProvisioningWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public WaveshareProvisioningWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "get_waveshare_provisioning_status")]
    public async Task Status_is_a_get_with_X_Org_and_decodes_stored_current_and_diff()
    {
        await _fake.RespondAsync("get_waveshare_provisioning_status", 200, LifecycleSamples.ProvisioningStatus);
        using var client = _fake.CreateClient();

        var status = (await client.Integrations.WaveshareProvisioning.GetStatusAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "get_waveshare_provisioning_status", "GET", $"/integrations/{Id}/provisioning/status", TestKeys.Org, jsonBody: null);
        Assert.True(status.Stale);
        Assert.Equal("old-pass", status.Stored.MqttPassword);
        Assert.Equal("new-pass", status.Current.MqttPassword);
        Assert.Equal("openapp/org-a/01ja7zk3/in", status.Current.MqttSubscribeTopic);
        var change = Assert.Single(status.Diff);
        Assert.Equal("mqtt_password", change.Key);
        Assert.Equal("old-pass", change.Stored);
        Assert.Equal("new-pass", change.Current);
        Assert.DoesNotContain("new-pass", status.Current.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("operationId", "post_waveshare_provisioning_ack")]
    public async Task Acknowledge_without_a_body_posts_an_empty_object_and_decodes_the_integration()
    {
        await _fake.RespondAsync("post_waveshare_provisioning_ack", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        var integration = (await client.Integrations.WaveshareProvisioning.AcknowledgeAsync(Id)).Value;

        var request = await _fake.AssertSingleCallAsync(
            "post_waveshare_provisioning_ack", "POST", $"/integrations/{Id}/provisioning/ack", TestKeys.Org, "{}");
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(Id, integration.Id);
    }

    [Fact]
    [Trait("operationId", "post_waveshare_provisioning_ack")]
    public async Task Acknowledge_sends_the_given_json_as_it_is()
    {
        await _fake.RespondAsync("post_waveshare_provisioning_ack", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        await client.Integrations.WaveshareProvisioning.AcknowledgeAsync(Id, Json.Parse("""{"firmware": "2.1.4", "provisioned_by": "installer-app"}"""));

        await _fake.AssertSingleCallAsync(
            "post_waveshare_provisioning_ack",
            "POST",
            $"/integrations/{Id}/provisioning/ack",
            TestKeys.Org,
            """{"firmware": "2.1.4", "provisioned_by": "installer-app"}""");
    }

    [Fact]
    [Trait("operationId", "post_refresh_integration_device_channel_counts")]
    public async Task Refreshing_channel_counts_posts_no_body_and_returns_the_json()
    {
        await _fake.RespondAsync("post_refresh_integration_device_channel_counts", 200, LifecycleSamples.ChannelCounts);
        using var client = _fake.CreateClient();

        var counts = (await client.Integrations.RefreshDeviceChannelCountsAsync(Id)).Value;

        var request = await _fake.AssertSingleCallAsync(
            "post_refresh_integration_device_channel_counts",
            "POST",
            $"/integrations/{Id}/discovered-devices/refresh-channel-counts",
            TestKeys.Org,
            jsonBody: null);
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(2, counts.GetProperty("devices")[0].GetProperty("channel_count").GetInt32());
    }

    [Fact]
    [Trait("operationId", "post_refresh_integration_device_channel_counts")]
    public async Task A_provider_without_channel_counts_answers_501_and_is_not_retried()
    {
        await _fake.RespondAsync(
            "post_refresh_integration_device_channel_counts",
            501,
            """{"message": "Channel count discovery is not supported.", "error_code": "not_supported"}""");
        using var client = _fake.CreateClient(configure: o => o.Retry.BaseDelay = TimeSpan.Zero);

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.RefreshDeviceChannelCountsAsync(Id));

        Assert.Equal(501, error.Status);
        Assert.Equal("not_supported", error.ErrorCode);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Blank_ids_are_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();

        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.WaveshareProvisioning.GetStatusAsync(""))).ParamName);
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.WaveshareProvisioning.AcknowledgeAsync(" "))).ParamName);
        Assert.Equal("id", (await Assert.ThrowsAsync<ArgumentException>(() => client.Integrations.RefreshDeviceChannelCountsAsync(".."))).ParamName);

        Assert.Empty(_fake.Server.LogEntries);
    }
}
