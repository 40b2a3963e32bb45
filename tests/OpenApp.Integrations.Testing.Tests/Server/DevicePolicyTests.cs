using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>The fake's devices as the policies API sees them: physical status, steward slot and device policies.</summary>
public class DevicePolicyTests : IClassFixture<FakeServerFixture>
{
    private const string DeviceId = "01JDEVICE00000000000000001";
    private readonly FakeOpenAppServer _server;

    public DevicePolicyTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_first_device_policy_registers_the_hardware_and_makes_the_caller_its_steward()
    {
        using var client = _server.CreateClient(organizationId: null);
        var devices = client.Integrations.Devices;
        var id = SeedDoor();

        var before = (await devices.GetPhysicalStatusAsync(id, DeviceId)).Value;
        Assert.True(before.ProviderSupportsSteward);
        Assert.False(before.HasSteward);
        Assert.False(before.IsSteward);
        Assert.True(before.CanClaim);
        Assert.Null(before.PhysicalDeviceId);
        Assert.Equal("virtual_access:shelly-e8db84d1a2c3", before.HardwareId);

        var created = await devices.CreatePolicyAsync(id, DeviceId, new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse("""{"mode": "admin_only"}""") });
        Assert.Equal(201, created.Status);
        Assert.Equal(("device", id), (created.Value.Scope, created.Value.IntegrationId));
        Assert.NotNull(created.Value.PhysicalDeviceId);

        var after = (await devices.GetPhysicalStatusAsync(id, DeviceId)).Value;
        Assert.Equal(created.Value.PhysicalDeviceId, after.PhysicalDeviceId);
        Assert.True(after.HasSteward);
        Assert.True(after.IsSteward);
        Assert.Equal(created.Value.Id, Assert.Single((await devices.ListPoliciesAsync(id, DeviceId)).Value).Id);
        Assert.Empty((await client.Integrations.Policies.ListAsync(id)).Value);
        Assert.All(_server.Requests, r => Assert.Null(r.OrganizationId));
    }

    [Fact]
    public async Task Releasing_the_steward_slot_keeps_the_policies_and_a_second_release_is_refused()
    {
        using var client = _server.CreateClient();
        var devices = client.Integrations.Devices;
        var id = SeedDoor();
        var policy = (await devices.CreatePolicyAsync(id, DeviceId, new CreatePolicyRequest
        {
            PolicyType = "invitation_curfew",
            Config = Json.Parse("""{"windows": [{"start": "22:00", "end": "06:00"}]}"""),
        })).Value;

        Assert.Equal(204, (await devices.ReleaseStewardAsync(id, DeviceId)).Status);

        var status = (await devices.GetPhysicalStatusAsync(id, DeviceId)).Value;
        Assert.False(status.HasSteward);
        Assert.Equal(policy.PhysicalDeviceId, status.PhysicalDeviceId);
        Assert.Single((await devices.ListPoliciesAsync(id, DeviceId)).Value);
        var refused = await Assert.ThrowsAsync<OpenAppPermissionException>(() => devices.ReleaseStewardAsync(id, DeviceId));
        Assert.Equal("not_steward", refused.ErrorCode);

        // Changing a policy takes the free slot again.
        var paused = (await devices.UpdatePolicyAsync(id, DeviceId, policy.Id, new UpdatePolicyRequest { Enabled = false })).Value;
        Assert.False(paused.Enabled);
        Assert.Equal("22:00", paused.Config.GetProperty("windows")[0].GetProperty("start").GetString());
        Assert.True((await devices.GetPhysicalStatusAsync(id, DeviceId)).Value.IsSteward);

        Assert.Equal(204, (await devices.DeletePolicyAsync(id, DeviceId, policy.Id)).Status);
        Assert.Empty((await devices.ListPoliciesAsync(id, DeviceId)).Value);
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => devices.DeletePolicyAsync(id, DeviceId, policy.Id));
    }

    [Fact]
    public async Task A_device_the_integration_does_not_have_is_not_found()
    {
        using var client = _server.CreateClient();
        var devices = client.Integrations.Devices;
        var id = SeedDoor();
        var other = _server.SeedIntegration();
        var body = new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse("""{"mode": "all"}""") };

        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => devices.GetPhysicalStatusAsync(id, "01JNOSUCHDEVICE00000000000"));
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => devices.CreatePolicyAsync(other, DeviceId, body));
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => devices.ListPoliciesAsync(other, DeviceId));
        var policy = (await devices.CreatePolicyAsync(id, DeviceId, body)).Value;
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.Policies.DeleteAsync(id, policy.Id));
        Assert.Single((await devices.ListPoliciesAsync(id, DeviceId)).Value);
    }

    private string SeedDoor()
    {
        var seed = new FakeIntegrationSeed();
        seed.Entities.Add(new FakeEntitySeed { DeviceId = DeviceId, Name = "Main door", ExternalId = "shelly-e8db84d1a2c3" });
        return _server.SeedIntegration(seed);
    }
}
