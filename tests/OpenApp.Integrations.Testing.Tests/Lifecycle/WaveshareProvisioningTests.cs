using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Lifecycle;

/// <summary>The fake's Waveshare provisioning: stale until acknowledged, stale again when the settings change.</summary>
public class WaveshareProvisioningTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public WaveshareProvisioningTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_new_board_is_stale_with_every_setting_to_write_until_it_is_acknowledged()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { ProviderType = ProviderType.Waveshare });
        using var client = _server.CreateClient();
        var provisioning = client.Integrations.WaveshareProvisioning;

        var before = (await provisioning.GetStatusAsync(id)).Value;
        var acknowledged = (await provisioning.AcknowledgeAsync(id)).Value;
        var after = (await provisioning.GetStatusAsync(id)).Value;

        Assert.True(before.Stale);
        Assert.Equal(string.Empty, before.Stored.MqttClientId);
        Assert.Equal(
            new[] { "mqtt_client_id", "mqtt_username", "mqtt_password", "mqtt_subscribe_topic", "mqtt_publish_topic" },
            before.Diff.Select(d => d.Key));
        Assert.Equal("waveshare-" + id.ToLowerInvariant(), before.Current.MqttClientId);
        Assert.Equal(id, acknowledged.Id);
        Assert.False(after.Stale);
        Assert.Empty(after.Diff);
        Assert.Equal(before.Current.MqttPassword, after.Stored.MqttPassword);
    }

    [Fact]
    public async Task Rotating_the_mqtt_password_makes_the_board_stale_on_that_setting_only()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { ProviderType = ProviderType.Waveshare });
        using var client = _server.CreateClient();
        await client.Integrations.WaveshareProvisioning.AcknowledgeAsync(id);

        await client.Integrations.UpdateAsync(id, new UpdateIntegrationRequest
        {
            Secrets = JsonDocument.Parse("""{"mqtt_password": "rotated-2026"}""").RootElement.Clone(),
        });
        var status = (await client.Integrations.WaveshareProvisioning.GetStatusAsync(id)).Value;

        Assert.True(status.Stale);
        var change = Assert.Single(status.Diff);
        Assert.Equal("mqtt_password", change.Key);
        Assert.Equal("rotated-2026", change.Current);
    }

    [Fact]
    public async Task Moving_the_board_to_another_organization_changes_its_user_and_topics()
    {
        var id = _server.SeedIntegration(new FakeIntegrationSeed { ProviderType = ProviderType.Waveshare });
        using var client = _server.CreateClient();
        await client.Integrations.WaveshareProvisioning.AcknowledgeAsync(id);

        var preview = (await client.Integrations.GetTransferPreviewAsync(id)).Value;
        await client.Integrations.TransferAsync(id, new TransferIntegrationRequest { TargetOrgId = FakeOpenAppServer.OtherOrganizationId });
        var status = (await client.ForOrganization(FakeOpenAppServer.OtherOrganizationId).Integrations.WaveshareProvisioning.GetStatusAsync(id)).Value;

        Assert.Contains("waveshare_reprovision", preview.Notes);
        Assert.True(status.Stale);
        Assert.Equal(new[] { "mqtt_username", "mqtt_subscribe_topic", "mqtt_publish_topic" }, status.Diff.Select(d => d.Key));
    }

    [Fact]
    public async Task Other_providers_are_400_not_waveshare_and_acknowledge_leaves_them_alone()
    {
        var id = _server.SeedIntegration();
        using var client = _server.CreateClient();

        var status = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.WaveshareProvisioning.GetStatusAsync(id));
        var ack = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.WaveshareProvisioning.AcknowledgeAsync(id));

        Assert.Equal("not_waveshare", status.ErrorCode);
        Assert.Equal("not_waveshare", ack.ErrorCode);
        Assert.Equal(_server.FindIntegration(id)!.CreatedAt, _server.FindIntegration(id)!.UpdatedAt);
    }
}
