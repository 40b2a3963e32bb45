using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

/// <summary>
/// The fake's integration policies and effective policies, through the SDK: state per integration, no <c>X-Org</c>,
/// the server's checks, and the rules the policies combine into.
/// </summary>
public class PolicyTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public PolicyTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_policy_is_created_listed_patched_and_deleted_per_integration()
    {
        using var client = _server.CreateClient();
        var policies = client.Integrations.Policies;
        var id = _server.SeedIntegration();
        var other = _server.SeedIntegration();

        var created = await policies.CreateAsync(id, Curfew("23:00", "06:00"));
        var policy = created.Value;
        Assert.Equal(201, created.Status);
        Assert.Equal(("integration", id, FakeOpenAppServer.DefaultOrganizationId), (policy.Scope, policy.IntegrationId, policy.OrgId));
        Assert.Equal(("invitation_curfew", "enforce", true), (policy.PolicyType, policy.Enforcement, policy.Enabled));
        Assert.Null(policy.PhysicalDeviceId);
        Assert.Equal("23:00", policy.Config.GetProperty("windows")[0].GetProperty("start").GetString());
        Assert.Empty(policy.ConflictReport!);

        Assert.Equal(policy.Id, Assert.Single((await policies.ListAsync(id)).Value).Id);
        Assert.Empty((await policies.ListAsync(other)).Value);

        var patched = (await policies.UpdateAsync(id, policy.Id, new UpdatePolicyRequest { Enforcement = "audit_only", Capability = "switchable" })).Value;
        Assert.Equal(("audit_only", "switchable", true), (patched.Enforcement, patched.Capability, patched.Enabled));
        Assert.Equal("23:00", patched.Config.GetProperty("windows")[0].GetProperty("start").GetString());
        var cleared = (await policies.UpdateAsync(id, policy.Id, new UpdatePolicyRequest { Capability = null })).Value;
        Assert.Null(cleared.Capability);
        Assert.Equal("audit_only", cleared.Enforcement);

        Assert.Equal(204, (await policies.DeleteAsync(id, policy.Id)).Status);
        Assert.Empty((await policies.ListAsync(id)).Value);
        var gone = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => policies.DeleteAsync(id, policy.Id));
        Assert.Equal("not_found", gone.ErrorCode);
    }

    [Fact]
    public async Task Policies_need_no_organization_and_find_the_integration_in_whichever_organization_has_it()
    {
        var id = _server.SeedIntegration(organizationId: "01HOTHERORG000000000000000");
        using var client = _server.CreateClient(organizationId: null);

        await client.Integrations.Policies.CreateAsync(id, Curfew("22:00", "05:00"));

        Assert.Single((await client.Integrations.Policies.ListAsync(id)).Value);
        Assert.All(_server.Requests, r => Assert.Null(r.OrganizationId));
        await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.Policies.ListAsync("01HNOSUCHINTEGRATION000000"));
    }

    [Fact]
    public async Task A_create_repeated_with_its_idempotency_key_is_answered_with_the_first_policy_without_an_organization()
    {
        using var client = _server.CreateClient(organizationId: null);
        var id = _server.SeedIntegration();
        var once = new OpenAppRequestOptions { IdempotencyKey = "curfew-2026-04" };

        var first = await client.Integrations.Policies.CreateAsync(id, Curfew("23:00", "06:00"), once);
        var again = await client.Integrations.Policies.CreateAsync(id, Curfew("23:00", "06:00"), once);
        var reused = await Assert.ThrowsAsync<OpenAppConflictException>(() => client.Integrations.Policies.CreateAsync(id, Curfew("22:00", "06:00"), once));

        Assert.Equal(first.Value.Id, again.Value.Id);
        Assert.Equal("true", again.Headers.GetValueOrDefault("Idempotent-Replayed"));
        Assert.Equal("idempotency_key_reused", reused.ErrorCode);
        Assert.Single((await client.Integrations.Policies.ListAsync(id)).Value);
    }

    [Fact]
    public async Task The_server_refuses_bad_enforcement_windows_modes_and_a_null_config()
    {
        using var client = _server.CreateClient();
        var policies = client.Integrations.Policies;
        var id = _server.SeedIntegration();

        var enforcement = await Assert.ThrowsAsync<OpenAppValidationException>(() => policies.CreateAsync(id, new CreatePolicyRequest
        {
            PolicyType = "user_sharing",
            Config = Json.Parse("""{"mode": "all"}"""),
            Enforcement = "strict",
        }));
        var window = await Assert.ThrowsAsync<OpenAppValidationException>(() => policies.CreateAsync(id, Curfew("25:00", "06:00")));
        var mode = await Assert.ThrowsAsync<OpenAppValidationException>(() => policies.CreateAsync(id, new CreatePolicyRequest
        {
            PolicyType = "user_sharing",
            Config = Json.Parse("""{"mode": "friends"}"""),
        }));
        var weekday = await Assert.ThrowsAsync<OpenAppValidationException>(() => policies.CreateAsync(id, new CreatePolicyRequest
        {
            PolicyType = "invitation_limits",
            Config = Json.Parse("""{"allowed_weekdays": [1, 7]}"""),
        }));

        Assert.Contains("'enforcement'", enforcement.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("'config.windows[0].start'", window.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("'config.mode'", mode.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("'config.allowed_weekdays'", weekday.ServerMessage, StringComparison.Ordinal);
        Assert.Empty((await policies.ListAsync(id)).Value);

        // The SDK refuses a null config itself; sent raw, the server refuses it too and keeps the policy as it was.
        var policy = (await policies.CreateAsync(id, Curfew("23:00", "06:00"))).Value;
        var (status, body) = await Raw.SendAsync(
            HttpMethod.Patch, new Uri($"{_server.ApiRoot}/integrations/{id}/policies/{policy.Id}"), _server.ApiKey, organizationId: null, """{"config": null}""");
        Assert.Equal(400, status);
        Assert.Contains("config", body, StringComparison.Ordinal);
        Assert.Equal("23:00", Assert.Single((await policies.ListAsync(id)).Value).Config.GetProperty("windows")[0].GetProperty("start").GetString());
    }

    [Fact]
    public async Task A_new_curfew_reports_the_live_invites_it_will_constrain()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var portal = (await client.Integrations.AccessPortals.CreateAsync(id, new CreateAccessPortalRequest { Name = "Gate" })).Value;
        var invites = client.Integrations.AccessInvites;
        var week = new InviteScheduleEntryInput { ExpiresIn = "7d" };
        var cleaner = (await invites.CreateAsync(id, new CreateAccessInviteRequest { PortalIds = { portal.Id }, Name = "Cleaner", Schedules = { week } })).Value;
        await invites.CreateAsync(id, new CreateAccessInviteRequest { PortalIds = { portal.Id }, Name = "Night nurse", CurfewExempt = true, Schedules = { week } });

        var curfew = (await client.Integrations.Policies.CreateAsync(id, Curfew("23:00", "06:00"))).Value;
        var audited = (await client.Integrations.Policies.CreateAsync(id, new CreatePolicyRequest
        {
            PolicyType = "invitation_curfew",
            Config = Json.Parse("""{"windows": [{"start": "01:00", "end": "02:00"}]}"""),
            Enforcement = "audit_only",
        })).Value;

        var conflict = Assert.Single(curfew.ConflictReport!);
        Assert.Equal((cleaner.InviteLinkId, "Cleaner"), (conflict.Id, conflict.Name));
        Assert.Null(audited.ConflictReport);
    }

    [Fact]
    public async Task Without_policies_nothing_is_restricted()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();

        var effective = (await client.Integrations.Policies.GetEffectiveAsync(id)).Value;

        Assert.Equal(("UTC", "all"), (effective.Timezone, effective.UserSharingMode));
        Assert.Empty(effective.CurfewWindows);
        Assert.Equal(86400L, effective.ShareMaxDurationSeconds);
        Assert.True(effective.ShareAllowUnlimited);
        Assert.False(effective.NoReshare);
        Assert.False(effective.RequirePin);
        Assert.Null(effective.MaxUses);
        Assert.Null(effective.AllowedWeekdays);
        Assert.Null(effective.BlackoutDates);
    }

    [Fact]
    public async Task The_effective_policies_keep_the_strictest_rule_of_every_policy_in_force_device_policies_included()
    {
        using var client = _server.CreateClient();
        var policies = client.Integrations.Policies;
        var id = _server.SeedIntegration();
        var deviceId = "01JDEVICE00000000000000001";
        _server.SeedEntity(id, new FakeEntitySeed { DeviceId = deviceId, Name = "Main door" });

        await policies.CreateAsync(id, Curfew("23:00", "06:00", timezone: "Asia/Jerusalem"));
        await policies.CreateAsync(id, Curfew("13:00", "14:00"));
        await policies.CreateAsync(id, new CreatePolicyRequest { PolicyType = "invitation_curfew", Config = Json.Parse("""{"windows": [{"start": "03:00", "end": "04:00"}]}"""), Enabled = false });
        await policies.CreateAsync(id, Sharing("""{"mode": "approval_required", "share_max_uses": 5, "no_reshare": true}"""));
        await policies.CreateAsync(id, Sharing("""{"mode": "none"}""", enforcement: "audit_only"));
        await policies.CreateAsync(id, Limits("""{"max_uses": 10, "allowed_weekdays": [1, 2, 3, 4, 5], "blackout_dates": ["2026-09-22"], "allowed_creator_roles": ["admin", "manager"]}"""));
        await policies.CreateAsync(id, Limits("""{"max_uses": 4, "require_pin": true, "allowed_weekdays": [0, 1, 5], "blackout_dates": ["2026-04-13"]}"""));
        await policies.CreateAsync(id, new CreatePolicyRequest { PolicyType = "require_step_up", Config = Json.Parse("""{"max_uses": 1}""") });
        await client.Integrations.Devices.CreatePolicyAsync(id, deviceId, Sharing("""{"mode": "admin_only", "share_max_uses": 2, "share_allow_unlimited": false, "share_max_duration_seconds": 3600}"""));

        var effective = (await policies.GetEffectiveAsync(id)).Value;

        Assert.Equal("Asia/Jerusalem", effective.Timezone);
        Assert.Equal(new[] { ("23:00", "06:00"), ("13:00", "14:00") }, effective.CurfewWindows.Select(w => (w.Start, w.End)));
        Assert.Equal("admin_only", effective.UserSharingMode);
        Assert.Equal(2, effective.ShareMaxUses);
        Assert.Equal(3600L, effective.ShareMaxDurationSeconds);
        Assert.False(effective.ShareAllowUnlimited);
        Assert.True(effective.NoReshare);
        Assert.Equal(4, effective.MaxUses);
        Assert.True(effective.RequirePin);
        Assert.False(effective.RequirePhoto);
        Assert.Equal(new[] { 1, 5 }, effective.AllowedWeekdays);
        Assert.Equal(new[] { "2026-04-13", "2026-09-22" }, effective.BlackoutDates);
        Assert.Equal(new[] { "admin", "manager" }, effective.AllowedCreatorRoles);
        Assert.Null(effective.AllowedPortalIds);
        Assert.Equal(9, (await policies.ListAsync(id)).Value.Count + (await client.Integrations.Devices.ListPoliciesAsync(id, deviceId)).Value.Count);
    }

    private static CreatePolicyRequest Curfew(string start, string end, string? timezone = null) => new()
    {
        PolicyType = "invitation_curfew",
        Config = Json.Parse(
            "{" + (timezone is null ? string.Empty : $"\"timezone\": \"{timezone}\", ") + $"\"windows\": [{{\"start\": \"{start}\", \"end\": \"{end}\"}}]" + "}"),
    };

    private static CreatePolicyRequest Sharing(string config, string? enforcement = null)
    {
        var request = new CreatePolicyRequest { PolicyType = "user_sharing", Config = Json.Parse(config) };
        if (enforcement is not null)
        {
            request.Enforcement = enforcement;
        }

        return request;
    }

    private static CreatePolicyRequest Limits(string config) => new() { PolicyType = "invitation_limits", Config = Json.Parse(config) };
}
