using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>
/// The wire form of the device operations: physical status, steward release and device policies. Like the integration
/// policies, the contract declares no <c>X-Org</c> on them.
/// </summary>
public sealed class DevicesWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string DeviceId = Samples.DoorDeviceId;
    private const string PolicyId = PolicySamples.DevicePolicyId;
    private readonly WireMockFixture _fake;

    public DevicesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "get_device_physical_status")]
    public async Task Physical_status_is_read_without_an_organization()
    {
        await _fake.RespondAsync("get_device_physical_status", 200, PolicySamples.PhysicalStatus);
        using var client = _fake.CreateClient();

        var status = (await client.Integrations.Devices.GetPhysicalStatusAsync(Id, DeviceId)).Value;

        await _fake.AssertSingleCallAsync(
            "get_device_physical_status", "GET", $"/integrations/{Id}/devices/{DeviceId}/physical-device", organization: null, jsonBody: null);
        Assert.True(status.ProviderSupportsSteward);
        Assert.True(status.HasSteward);
        Assert.False(status.IsSteward);
        Assert.False(status.CanClaim);
        Assert.True(status.IsPrimaryInstance);
        Assert.Equal(PolicySamples.PhysicalDeviceId, status.PhysicalDeviceId);
        Assert.Equal("shelly:e8db84d1a2c3", status.HardwareId);
        Assert.Equal("admin", status.AdminStatus);
    }

    [Fact]
    [Trait("operationId", "get_device_physical_status")]
    public async Task Physical_status_of_an_unregistered_device_has_no_ids()
    {
        await _fake.RespondAsync("get_device_physical_status", 200, PolicySamples.UnregisteredPhysicalStatus);
        using var client = _fake.CreateClient();

        var status = (await client.Integrations.Devices.GetPhysicalStatusAsync(Id, "knx-1.1.4")).Value;

        await _fake.AssertSingleCallAsync(
            "get_device_physical_status", "GET", $"/integrations/{Id}/devices/knx-1.1.4/physical-device", organization: null, jsonBody: null);
        Assert.False(status.ProviderSupportsSteward);
        Assert.Null(status.PhysicalDeviceId);
        Assert.Null(status.HardwareId);
        Assert.Null(status.AdminStatus);
    }

    [Fact]
    [Trait("operationId", "release_steward")]
    public async Task Release_steward_posts_without_a_body_or_key_and_succeeds_on_204()
    {
        await _fake.RespondAsync("release_steward", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Devices.ReleaseStewardAsync(Id, DeviceId);

        var request = await _fake.AssertSingleCallAsync(
            "release_steward", "POST", $"/integrations/{Id}/devices/{DeviceId}/steward/release", organization: null, jsonBody: null);
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(204, response.Status);
    }

    [Fact]
    [Trait("operationId", "release_steward")]
    public async Task Release_steward_by_someone_who_is_not_the_steward_is_a_permission_exception()
    {
        await _fake.RespondAsync("release_steward", 403, """{"message": "You are not the steward of this device.", "error_code": "not_steward"}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppPermissionException>(() => client.Integrations.Devices.ReleaseStewardAsync(Id, DeviceId));

        Assert.Equal("not_steward", error.ErrorCode);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "list_device_policies")]
    public async Task List_policies_decodes_the_array()
    {
        await _fake.RespondAsync("list_device_policies", 200, PolicySamples.DevicePolicyList);
        using var client = _fake.CreateClient();

        var policies = (await client.Integrations.Devices.ListPoliciesAsync(Id, DeviceId)).Value;

        await _fake.AssertSingleCallAsync(
            "list_device_policies", "GET", $"/integrations/{Id}/devices/{DeviceId}/policies", organization: null, jsonBody: null);
        AssertIsSampleDevicePolicy(Assert.Single(policies));
    }

    [Fact]
    [Trait("operationId", "list_device_policies")]
    public async Task List_policies_that_is_not_an_array_is_a_serialization_exception()
    {
        _fake.RespondToAny(200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.Devices.ListPoliciesAsync(Id, DeviceId));

        Assert.Equal(200, error.Status);
        Assert.Equal("list_device_policies", error.OperationName);
        Assert.Contains("\"items\"", error.BodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("operationId", "create_device_policy")]
    public async Task Create_policy_posts_the_set_fields_and_decodes_the_201()
    {
        await _fake.RespondAsync("create_device_policy", 201, PolicySamples.DevicePolicy);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Devices.CreatePolicyAsync(Id, DeviceId, new CreatePolicyRequest
        {
            PolicyType = "user_sharing",
            Config = Json.Parse("""{"mode": "admin_only", "no_reshare": true}"""),
            Capability = "switchable",
            Enforcement = "require_approval",
        });

        await _fake.AssertSingleCallAsync(
            "create_device_policy",
            "POST",
            $"/integrations/{Id}/devices/{DeviceId}/policies",
            organization: null,
            """{"policy_type": "user_sharing", "config": {"mode": "admin_only", "no_reshare": true}, "capability": "switchable", "enforcement": "require_approval"}""");
        Assert.Equal(201, response.Status);
        AssertIsSampleDevicePolicy(response.Value);
    }

    [Fact]
    [Trait("operationId", "create_device_policy")]
    public async Task Create_policy_refused_for_a_caller_who_cannot_be_steward_is_a_permission_exception()
    {
        await _fake.RespondAsync("create_device_policy", 403, """{"message": "Not a verified device admin.", "error_code": "not_device_admin"}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppPermissionException>(() => client.Integrations.Devices.CreatePolicyAsync(
            Id, DeviceId, new CreatePolicyRequest { PolicyType = "invitation_curfew", Config = Json.Parse("""{"windows": []}""") }));

        Assert.Equal("not_device_admin", error.ErrorCode);
    }

    [Fact]
    public async Task Device_calls_with_a_blank_device_id_or_a_bad_body_are_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var devices = client.Integrations.Devices;
        var body = new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse("{}") };

        Assert.Equal("deviceId", (await Assert.ThrowsAsync<ArgumentException>(() => devices.GetPhysicalStatusAsync(Id, " "))).ParamName);
        Assert.Equal("deviceId", (await Assert.ThrowsAsync<ArgumentException>(() => devices.ReleaseStewardAsync(Id, ".."))).ParamName);
        Assert.Equal("integrationId", (await Assert.ThrowsAsync<ArgumentNullException>(() => devices.ListPoliciesAsync(null!, DeviceId))).ParamName);
        Assert.Equal("deviceId", (await Assert.ThrowsAsync<ArgumentException>(() => devices.CreatePolicyAsync(Id, "", body))).ParamName);
        Assert.Equal("policyId", (await Assert.ThrowsAsync<ArgumentException>(() => devices.UpdatePolicyAsync(Id, DeviceId, "\t", new UpdatePolicyRequest()))).ParamName);
        Assert.Equal("policyId", (await Assert.ThrowsAsync<ArgumentException>(() => devices.DeletePolicyAsync(Id, DeviceId, "."))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentException>(() => devices.CreatePolicyAsync(
            Id, DeviceId, new CreatePolicyRequest { PolicyType = " ", Config = Json.Parse("{}") }))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentException>(() => devices.UpdatePolicyAsync(
            Id, DeviceId, PolicyId, new UpdatePolicyRequest { Config = null }))).ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "update_device_policy")]
    public async Task Update_policy_patches_only_the_set_fields()
    {
        await _fake.RespondAsync("update_device_policy", 200, PolicySamples.DevicePolicy);
        using var client = _fake.CreateClient();

        var policy = (await client.Integrations.Devices.UpdatePolicyAsync(
            Id, DeviceId, PolicyId, new UpdatePolicyRequest { Enabled = false, Config = Json.Parse("""{"mode": "none"}""") })).Value;

        await _fake.AssertSingleCallAsync(
            "update_device_policy",
            "PATCH",
            $"/integrations/{Id}/devices/{DeviceId}/policies/{PolicyId}",
            organization: null,
            """{"enabled": false, "config": {"mode": "none"}}""");
        AssertIsSampleDevicePolicy(policy);
    }

    [Fact]
    [Trait("operationId", "delete_device_policy")]
    public async Task Delete_policy_sends_delete_and_succeeds_on_204()
    {
        await _fake.RespondAsync("delete_device_policy", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Devices.DeletePolicyAsync(Id, DeviceId, PolicyId);

        await _fake.AssertSingleCallAsync(
            "delete_device_policy", "DELETE", $"/integrations/{Id}/devices/{DeviceId}/policies/{PolicyId}", organization: null, jsonBody: null);
        Assert.Equal(204, response.Status);
    }

    private static void AssertIsSampleDevicePolicy(PolicyResponse policy)
    {
        Assert.Equal(PolicyId, policy.Id);
        Assert.Equal("device", policy.Scope);
        Assert.Equal(PolicySamples.PhysicalDeviceId, policy.PhysicalDeviceId);
        Assert.Equal("user_sharing", policy.PolicyType);
        Assert.Equal("switchable", policy.Capability);
        Assert.Equal("admin_only", policy.Config.GetProperty("mode").GetString());
        Assert.Equal("require_approval", policy.Enforcement);
        Assert.False(policy.Enabled);
        Assert.Null(policy.CreatedAt);
        Assert.Null(policy.ConflictReport);
        Assert.Equal(Samples.UserId, ((JsonElement)policy.AdditionalProperties["steward_user_id"]).GetString());
    }
}
