using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using WireMock.RequestBuilders;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>
/// The wire form of the integration policy operations. The contract declares no <c>X-Org</c> on any of them: the
/// assertions require the header to be absent, even when the client and the call both have an organization.
/// </summary>
public sealed class PoliciesWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private const string PolicyId = PolicySamples.PolicyId;
    private readonly WireMockFixture _fake;

    public PoliciesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_policies")]
    public async Task List_gets_the_policies_without_an_organization_and_decodes_the_array()
    {
        await _fake.RespondAsync("list_integration_policies", 200, PolicySamples.PolicyList);
        using var client = _fake.CreateClient();

        var policies = (await client.Integrations.Policies.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("list_integration_policies", "GET", $"/integrations/{Id}/policies", organization: null, jsonBody: null);
        AssertIsSampleCurfew(Assert.Single(policies));
    }

    [Fact]
    [Trait("operationId", "list_integration_policies")]
    public async Task List_sends_no_organization_even_when_the_call_names_one()
    {
        await _fake.RespondAsync("list_integration_policies", 200, "[]");
        using var client = _fake.CreateClient();

        var policies = (await client.Integrations.Policies.ListAsync(Id, new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg })).Value;

        await _fake.AssertSingleCallAsync("list_integration_policies", "GET", $"/integrations/{Id}/policies", organization: null, jsonBody: null);
        Assert.Empty(policies);
    }

    [Fact]
    [Trait("operationId", "list_integration_policies")]
    public async Task List_works_on_a_client_without_an_organization()
    {
        await _fake.RespondAsync("list_integration_policies", 200, PolicySamples.PolicyList);
        using var client = _fake.CreateClient(organizationId: null);

        var policies = (await client.Integrations.Policies.ListAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("list_integration_policies", "GET", $"/integrations/{Id}/policies", organization: null, jsonBody: null);
        Assert.Equal(PolicyId, Assert.Single(policies).Id);
    }

    [Fact]
    [Trait("operationId", "create_integration_policy")]
    public async Task Create_sends_only_the_type_and_config_when_nothing_else_is_set_and_decodes_the_201()
    {
        await _fake.RespondAsync("create_integration_policy", 201, PolicySamples.Curfew);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Policies.CreateAsync(Id, new CreatePolicyRequest
        {
            PolicyType = "invitation_curfew",
            Config = Json.Parse("""{"timezone": "Asia/Jerusalem", "windows": [{"start": "23:00", "end": "06:00"}]}"""),
        });

        var request = await _fake.AssertSingleCallAsync(
            "create_integration_policy",
            "POST",
            $"/integrations/{Id}/policies",
            organization: null,
            """{"policy_type": "invitation_curfew", "config": {"timezone": "Asia/Jerusalem", "windows": [{"start": "23:00", "end": "06:00"}]}}""");
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(201, response.Status);
        AssertIsSampleCurfew(response.Value);
    }

    [Fact]
    [Trait("operationId", "create_integration_policy")]
    public async Task Create_sends_every_optional_field_that_is_set()
    {
        await _fake.RespondAsync("create_integration_policy", 201, PolicySamples.Curfew);
        using var client = _fake.CreateClient();

        await client.Integrations.Policies.CreateAsync(Id, new CreatePolicyRequest
        {
            PolicyType = "user_sharing",
            Config = Json.Parse("""{"mode": "approval_required"}"""),
            Capability = "users_admin",
            Enabled = false,
            Enforcement = "audit_only",
        });

        await _fake.AssertSingleCallAsync(
            "create_integration_policy",
            "POST",
            $"/integrations/{Id}/policies",
            organization: null,
            """{"policy_type": "user_sharing", "config": {"mode": "approval_required"}, "capability": "users_admin", "enabled": false, "enforcement": "audit_only"}""");
    }

    [Fact]
    public async Task Create_without_a_type_or_a_config_object_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var policies = client.Integrations.Policies;

        var noType = await Assert.ThrowsAsync<ArgumentException>(() => policies.CreateAsync(Id, new CreatePolicyRequest { Config = Json.Parse("{}") }));
        var noConfig = await Assert.ThrowsAsync<ArgumentException>(() => policies.CreateAsync(Id, new CreatePolicyRequest { PolicyType = "user_sharing" }));
        var arrayConfig = await Assert.ThrowsAsync<ArgumentException>(() => policies.CreateAsync(
            Id, new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse("[]") }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => policies.CreateAsync(Id, null!));
        var blankId = await Assert.ThrowsAsync<ArgumentException>(() => policies.CreateAsync(
            " ", new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse("{}") }));

        Assert.Contains("PolicyType", noType.Message, StringComparison.Ordinal);
        Assert.Contains("Config", noConfig.Message, StringComparison.Ordinal);
        Assert.Contains("an array", arrayConfig.Message, StringComparison.Ordinal);
        Assert.Equal("request", noConfig.ParamName);
        Assert.Equal("integrationId", blankId.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "update_integration_policy")]
    public async Task Update_patches_only_the_set_fields()
    {
        await _fake.RespondAsync("update_integration_policy", 200, PolicySamples.Curfew);
        using var client = _fake.CreateClient();

        var policy = (await client.Integrations.Policies.UpdateAsync(Id, PolicyId, new UpdatePolicyRequest { Enabled = true, Capability = null })).Value;

        await _fake.AssertSingleCallAsync(
            "update_integration_policy", "PATCH", $"/integrations/{Id}/policies/{PolicyId}", organization: null, """{"enabled": true, "capability": null}""");
        AssertIsSampleCurfew(policy);
    }

    [Fact]
    [Trait("operationId", "update_integration_policy")]
    public async Task Update_sends_a_new_config_and_enforcement()
    {
        await _fake.RespondAsync("update_integration_policy", 200, PolicySamples.Curfew);
        using var client = _fake.CreateClient();

        await client.Integrations.Policies.UpdateAsync(Id, PolicyId, new UpdatePolicyRequest
        {
            Config = Json.Parse("""{"windows": [{"start": "22:00", "end": "05:30"}]}"""),
            Enforcement = "require_approval",
        });

        await _fake.AssertSingleCallAsync(
            "update_integration_policy",
            "PATCH",
            $"/integrations/{Id}/policies/{PolicyId}",
            organization: null,
            """{"config": {"windows": [{"start": "22:00", "end": "05:30"}]}, "enforcement": "require_approval"}""");
    }

    [Fact]
    [Trait("operationId", "update_integration_policy")]
    public async Task Update_with_nothing_set_sends_an_empty_object()
    {
        await _fake.RespondAsync("update_integration_policy", 200, PolicySamples.Curfew);
        using var client = _fake.CreateClient();

        await client.Integrations.Policies.UpdateAsync(Id, PolicyId, new UpdatePolicyRequest());

        await _fake.AssertSingleCallAsync("update_integration_policy", "PATCH", $"/integrations/{Id}/policies/{PolicyId}", organization: null, "{}");
    }

    [Fact]
    public async Task Update_with_a_null_or_non_object_config_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var policies = client.Integrations.Policies;

        var nullConfig = await Assert.ThrowsAsync<ArgumentException>(() => policies.UpdateAsync(Id, PolicyId, new UpdatePolicyRequest { Config = null }));
        var textConfig = await Assert.ThrowsAsync<ArgumentException>(() => policies.UpdateAsync(
            Id, PolicyId, new UpdatePolicyRequest { Config = Json.Parse("\"night\"") }));
        var blankPolicy = await Assert.ThrowsAsync<ArgumentException>(() => policies.UpdateAsync(Id, "", new UpdatePolicyRequest { Enabled = false }));

        Assert.Contains("leave Config unset", nullConfig.Message, StringComparison.Ordinal);
        Assert.Contains("a string", textConfig.Message, StringComparison.Ordinal);
        Assert.Equal("policyId", blankPolicy.ParamName);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "update_integration_policy")]
    public async Task Update_is_a_patch_without_a_key_so_a_503_is_not_retried()
    {
        var clock = new TestClock();
        _fake.RespondToAny(503, """{"error_code": "unavailable", "message": "try later"}""");
        using var client = _fake.CreateClient(clock);

        await Assert.ThrowsAsync<OpenAppServerException>(() => clock.DriveAsync(
            client.Integrations.Policies.UpdateAsync(Id, PolicyId, new UpdatePolicyRequest { Enabled = false })));

        var request = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal("PATCH", request.Method);
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Empty(clock.Armed);
    }

    [Fact]
    [Trait("operationId", "update_integration_policy")]
    public async Task Update_with_an_idempotency_key_is_retried_with_the_same_key()
    {
        var clock = new TestClock();
        var patch = Request.Create().WithPath($"/api/v1/integrations/{Id}/policies/{PolicyId}").UsingPatch();
        _fake.Server.Sequence(patch, ServerScript.Error(503, "unavailable"), ServerScript.Json(200, PolicySamples.Curfew));
        using var client = _fake.CreateClient(clock);

        var policy = (await clock.DriveAsync(client.Integrations.Policies.UpdateAsync(
            Id, PolicyId, new UpdatePolicyRequest { Enabled = false }, new OpenAppRequestOptions { IdempotencyKey = "curfew-off-1" }))).Value;

        Assert.Equal(PolicyId, policy.Id);
        var requests = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("curfew-off-1", WireAssert.Header(r, "Idempotency-Key")));
    }

    [Fact]
    [Trait("operationId", "delete_integration_policy")]
    public async Task Delete_sends_delete_without_a_body_and_succeeds_on_204()
    {
        await _fake.RespondAsync("delete_integration_policy", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Policies.DeleteAsync(Id, PolicyId);

        await _fake.AssertSingleCallAsync("delete_integration_policy", "DELETE", $"/integrations/{Id}/policies/{PolicyId}", organization: null, jsonBody: null);
        Assert.Equal(204, response.Status);
    }

    [Fact]
    [Trait("operationId", "delete_integration_policy")]
    public async Task Delete_of_an_unknown_policy_is_a_not_found_exception()
    {
        await _fake.RespondAsync("delete_integration_policy", 404, """{"message": "No policy with that id.", "error_code": "not_found"}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.Policies.DeleteAsync(Id, PolicyId));

        Assert.Equal("not_found", error.ErrorCode);
        Assert.Equal("delete_integration_policy", error.OperationName);
    }

    [Fact]
    [Trait("operationId", "get_integration_effective_policies")]
    public async Task Effective_policies_decode_every_rule_and_keep_unknown_fields()
    {
        await _fake.RespondAsync("get_integration_effective_policies", 200, PolicySamples.Effective);
        using var client = _fake.CreateClient();

        var effective = (await client.Integrations.Policies.GetEffectiveAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_effective_policies", "GET", $"/integrations/{Id}/effective-policies", organization: null, jsonBody: null);
        Assert.Equal("Asia/Jerusalem", effective.Timezone);
        Assert.Equal(new[] { ("23:00", "06:00"), ("13:00", "14:00") }, effective.CurfewWindows.Select(w => (w.Start, w.End)));
        Assert.Equal("admin_only", effective.UserSharingMode);
        Assert.Equal(new[] { "admin", "manager" }, effective.AllowedCreatorRoles);
        Assert.Null(effective.AllowedEntryKinds);
        Assert.Equal(new[] { Samples.PortalId }, effective.AllowedPortalIds);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, effective.AllowedWeekdays);
        Assert.Equal(new[] { "2026-09-22" }, effective.BlackoutDates);
        Assert.Null(effective.MaxActivePerUser);
        Assert.Equal(2, effective.MaxDoors);
        Assert.Equal(604800L, effective.MaxDurationSeconds);
        Assert.Equal(10, effective.MaxUses);
        Assert.True(effective.NoReshare);
        Assert.False(effective.NoTransitiveDelegation);
        Assert.True(effective.RequireExpiry);
        Assert.True(effective.RequirePin);
        Assert.False(effective.ShareAllowUnlimited);
        Assert.Equal(1, effective.ShareDefaultMaxUses);
        Assert.Equal(86400L, effective.ShareMaxDurationSeconds);
        Assert.Equal(5, effective.ShareMaxUses);
        Assert.Equal("kept as received", ((JsonElement)effective.AdditionalProperties["quiet_hours_note"]).GetString());
    }

    [Fact]
    [Trait("operationId", "get_integration_effective_policies")]
    public async Task Effective_policies_answered_without_a_body_are_a_success_without_a_value()
    {
        await _fake.RespondAsync("get_integration_effective_policies", 204, null);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.Policies.GetEffectiveAsync(Id);

        Assert.False(response.HasValue);
        Assert.Equal(204, response.Status);
        Assert.Throws<InvalidOperationException>(() => response.Value);
    }

    private static void AssertIsSampleCurfew(PolicyResponse policy)
    {
        Assert.Equal(PolicyId, policy.Id);
        Assert.Equal("integration", policy.Scope);
        Assert.Equal(TestKeys.Org, policy.OrgId);
        Assert.Equal(Id, policy.IntegrationId);
        Assert.Null(policy.PhysicalDeviceId);
        Assert.Equal("invitation_curfew", policy.PolicyType);
        Assert.Null(policy.Capability);
        Assert.Equal("Asia/Jerusalem", policy.Config.GetProperty("timezone").GetString());
        Assert.Equal("23:00", policy.Config.GetProperty("windows")[0].GetProperty("start").GetString());
        Assert.Equal("enforce", policy.Enforcement);
        Assert.True(policy.Enabled);
        Assert.Equal(Samples.UserId, policy.CreatedBy);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 8, 15, 0, TimeSpan.Zero), policy.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 9, 30, 0, 250, TimeSpan.Zero), policy.UpdatedAt);
        Assert.Equal(new[] { ("01JA81C5TX3R9P2Q7W4Y6Z8B1D", (string?)"Cleaner, Tuesdays"), ("01JA81C5TX3R9P2Q7W4Y6Z8B1Z", null) }, policy.ConflictReport!.Select(c => (c.Id, c.Name)));
    }
}
