using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Overriding;

/// <summary>Overrides answer one operation with the test's answer, over real HTTP, as the SDK sees it.</summary>
public class OverrideTests : IClassFixture<FakeServerFixture>
{
    private const string CannedIntegration =
        """{"id": "canned-1", "org_id": "01HFAKE0RG0000000000000000", "provider_type": "knx", "name": {"en": "Canned"}, "enabled": false, "health": "reduced"}""";

    private readonly FakeOpenAppServer _server;

    public OverrideTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_canned_answer_replaces_the_fakes_for_its_operation_only_and_is_logged()
    {
        using var client = _server.CreateClient();
        _server.SeedIntegration();
        using var canned = _server.Override("get_integration", new OverrideResponse(200, CannedIntegration).WithHeader("X-Canned", "yes"));

        var read = await client.Integrations.GetAsync("any-id");
        var list = await client.Integrations.ListAsync();

        Assert.Equal("Canned", read.Value.Name.Get("en"));
        Assert.Equal(ProviderType.Knx, read.Value.ProviderType);
        Assert.Equal("yes", read.Headers["X-Canned"]);
        Assert.NotNull(read.RequestId);
        Assert.Equal(1, list.Value.Total);
        Assert.Equal(1, canned.Served);
        var logged = Assert.Single(_server.RequestsFor("get_integration"));
        Assert.True(logged.Overridden);
        Assert.Equal(200, logged.ResponseStatus);
        Assert.False(Assert.Single(_server.RequestsFor("list_integrations")).Overridden);
    }

    [Fact]
    public async Task A_canned_error_reaches_the_caller_as_the_typed_exception()
    {
        using var client = _server.CreateClient();
        using var quota = _server.Override("list_integrations", OverrideResponse.Error(429, "quota_exceeded", "Monthly quota used up."));

        var error = await Assert.ThrowsAsync<OpenAppRateLimitException>(() => client.Integrations.ListAsync());

        Assert.True(error.IsQuotaExceeded);
        Assert.Contains("Monthly quota used up.", error.Message);
        Assert.Single(_server.RequestsFor("list_integrations"));
    }

    [Fact]
    public async Task A_method_and_template_name_the_operation()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed { Name = "Real" });
        using var conflict = _server.Override("PUT /integrations/{id}", OverrideResponse.Error(409, "conflict", "Renamed elsewhere."));

        var error = await Assert.ThrowsAsync<OpenAppConflictException>(
            () => client.Integrations.UpdateAsync(id, new UpdateIntegrationRequest { Name = LocalizedString.FromLocale("en", "New") }));
        var read = await client.Integrations.GetAsync(id);

        Assert.Equal("conflict", error.ErrorCode);
        Assert.Equal("Real", read.Value.Name.Get("en"));
        Assert.Equal("Real", _server.FindIntegration(id)!.Name.Get("en"));
    }

    [Fact]
    public async Task The_callback_sees_path_values_headers_and_body()
    {
        using var client = _server.CreateClient();
        OverrideRequest? seen = null;
        using var pending = _server.Override("execute_integration_op", request =>
        {
            seen = request;
            return new OverrideResponse(202, $$"""{"id": "approval-{{request.PathValues["op_id"]}}", "status": "pending", "subject_kind": "op"}""");
        });

        var answer = await client.Integrations.RunOpAsync(
            "site/1", "open_door", Json.Parse("""{"entity_id": "door-7"}"""), new OpenAppRequestOptions { CorrelationId = "call-42" });

        Assert.Equal(202, answer.Status);
        Assert.True(answer.Value.IsPendingApproval);
        Assert.Equal("approval-open_door", answer.Value.PendingApproval.Id);
        Assert.NotNull(seen);
        Assert.Equal("execute_integration_op", seen.OperationId);
        Assert.Equal("POST", seen.Method);
        Assert.Equal("/api/v1/integrations/site%2F1/ops/open_door", seen.Path);
        Assert.Equal("site/1", seen.PathValues["id"]);
        Assert.Equal(FakeOpenAppServer.DefaultOrganizationId, seen.OrganizationId);
        Assert.Equal("call-42", seen.Header("x-correlation-id"));
        Assert.Equal(RecordedRequest.Redacted, seen.Header("X-API-Key"));
        Assert.Equal("""{"entity_id":"door-7"}""", seen.Body);
        Assert.Equal("POST /api/v1/integrations/site%2F1/ops/open_door (execute_integration_op)", seen.ToString());
    }

    [Fact]
    public async Task The_callback_sees_the_query()
    {
        using var client = _server.CreateClient();
        IReadOnlyList<KeyValuePair<string, string>>? query = null;
        string? limit = null;
        using var empty = _server.Override("list_integrations", request =>
        {
            query = request.Query;
            limit = request.QueryValue("limit");
            return new OverrideResponse(200, """{"items": [], "total": 0}""");
        });

        await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 5, Query = "north lobby" });

        Assert.Equal("5", limit);
        Assert.Contains(new KeyValuePair<string, string>("q", "north lobby"), query!);
    }

    [Fact]
    public async Task A_callback_can_fall_back_to_the_fake_and_change_its_answer()
    {
        using var client = _server.CreateClient();
        var good = _server.SeedIntegration(new FakeIntegrationSeed { Name = "Good" });
        var broken = _server.SeedIntegration(new FakeIntegrationSeed { Name = "Broken" });
        using var provider = _server.Override("get_integration", async request =>
            request.PathValues["id"] == broken
                ? OverrideResponse.Error(422, "provider_error", "The provider did not answer.")
                : (await request.FallBackToFakeAsync()).WithHeader("X-Fell-Back", "true"));

        var read = await client.Integrations.GetAsync(good);
        var error = await Assert.ThrowsAsync<OpenAppValidationException>(() => client.Integrations.GetAsync(broken));

        Assert.Equal("Good", read.Value.Name.Get("en"));
        Assert.Equal("true", read.Headers["X-Fell-Back"]);
        Assert.Equal("provider_error", error.ErrorCode);
        Assert.Equal(2, provider.Served);
    }

    [Fact]
    public async Task A_fallback_runs_the_fakes_handler_with_its_state_and_checks()
    {
        using var client = _server.CreateClient();
        using var creates = _server.Override("create_integration", request => request.FallBackToFakeAsync());
        using var reads = _server.Override("get_integration", request => request.FallBackToFakeAsync());

        var created = await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "knx", Name = LocalizedString.FromText("Via fallback") });
        var missing = await Assert.ThrowsAsync<OpenAppNotFoundException>(() => client.Integrations.GetAsync("no-such-id"));

        Assert.Equal(200, created.Status);
        Assert.Equal("Via fallback", _server.FindIntegration(created.Value.Id)!.Name.Get("en"));
        Assert.Equal("not_found", missing.ErrorCode);
        Assert.Equal(1, creates.Served);
        Assert.Equal(1, reads.Served);
    }

    [Fact]
    public async Task Disposing_an_override_lets_the_older_one_and_then_the_fake_answer_again()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var older = _server.Override("get_integration", OverrideResponse.Error(404, "older", "Older override."));
        var newer = _server.Override("get_integration", OverrideResponse.Error(409, "newer", "Newer override."));

        var first = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetAsync(id));
        newer.Dispose();
        var second = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetAsync(id));
        older.Dispose();
        var third = await client.Integrations.GetAsync(id);

        Assert.Equal("newer", first.ErrorCode);
        Assert.Equal("older", second.ErrorCode);
        Assert.Equal(200, third.Status);
        Assert.Equal(new[] { true, true, false }, _server.RequestsFor("get_integration").Select(r => r.Overridden));
    }

    [Fact]
    public async Task ClearOverrides_and_Reset_remove_every_override()
    {
        using var client = _server.CreateClient();
        var canned = _server.Override("list_integrations", OverrideResponse.Error(409, "canned", "Canned."));
        _server.ClearOverrides();
        await client.Integrations.ListAsync();
        _server.Override("list_integrations", OverrideResponse.Error(409, "canned", "Canned."));
        _server.Reset();
        await client.Integrations.ListAsync();

        Assert.Equal(0, canned.Served);
        Assert.All(_server.Requests, r => Assert.Equal(200, r.ResponseStatus));
    }

    [Fact]
    public async Task Credentials_and_organization_are_checked_before_an_override_answers()
    {
        using var wrongKey = _server.CreateClient(configure: o => o.ApiKey = _server.BaseUrl.GetLeftPart(UriPartial.Authority) + "_openapp_not-the-secret");
        var canned = _server.Override("list_integrations", new OverrideResponse(200, """{"items": [], "total": 0}"""));

        var unauthorized = await Assert.ThrowsAsync<OpenAppAuthenticationException>(() => wrongKey.Integrations.ListAsync());
        var (status, body) = await Raw.SendAsync(HttpMethod.Get, ListUrl(), _server.ApiKey, organizationId: null);

        Assert.Equal(401, unauthorized.Status);
        Assert.Equal(403, status);
        Assert.Contains("org_required", body);
        Assert.Equal(0, canned.Served);
        Assert.All(_server.Requests, r => Assert.False(r.Overridden));
    }

    [Fact]
    public async Task An_override_may_opt_out_of_the_checks_but_its_fallback_may_not()
    {
        using var canned = _server.Override(
            "list_integrations", _ => Task.FromResult(new OverrideResponse(200, """{"items": [], "total": 7}""")), checkCredentialsAndOrganization: false);
        using var passThrough = _server.Override("get_integration", request => request.FallBackToFakeAsync(), checkCredentialsAndOrganization: false);

        var (listStatus, listBody) = await Raw.SendAsync(HttpMethod.Get, ListUrl(), apiKey: null, organizationId: null);
        var (getStatus, getBody) = await Raw.SendAsync(HttpMethod.Get, new Uri(_server.ApiRoot + "/integrations/x"), apiKey: null, organizationId: null);

        Assert.False(canned.ChecksCredentialsAndOrganization);
        Assert.Equal(200, listStatus);
        Assert.Contains("\"total\": 7", listBody);
        Assert.Equal(401, getStatus);
        Assert.Contains("unauthorized", getBody);
        Assert.Equal(1, passThrough.Served);
    }

    [Fact]
    public async Task Query_and_body_checks_still_come_first()
    {
        var canned = _server.Override("create_integration", new OverrideResponse(200, CannedIntegration));

        var (status, body) = await Raw.SendAsync(
            HttpMethod.Post, new Uri(_server.ApiRoot + "/integrations"), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId, """{"name": 5}""");

        Assert.Equal(400, status);
        Assert.Contains("validation_error", body);
        Assert.Equal(0, canned.Served);
    }

    [Fact]
    public async Task Injected_faults_come_before_overrides()
    {
        using var client = _server.CreateClient();
        _server.FailNext(1, 503, route: "get_integration");
        using var canned = _server.Override("get_integration", new OverrideResponse(200, CannedIntegration));

        var read = await client.Integrations.GetAsync("any-id");

        Assert.Equal("canned-1", read.Value.Id);
        var attempts = _server.RequestsFor("get_integration");
        Assert.Equal(new[] { 503, 200 }, attempts.Select(r => r.ResponseStatus));
        Assert.Equal(new[] { true, false }, attempts.Select(r => r.FaultInjected));
        Assert.Equal(new[] { false, true }, attempts.Select(r => r.Overridden));
    }

    [Fact]
    public async Task A_body_the_SDK_cannot_decode_goes_out_as_given()
    {
        using var client = _server.CreateClient();
        using var gateway = _server.Override("get_integration", new OverrideResponse(200, "<html>Down for maintenance</html>", "text/html"));

        var error = await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.GetAsync("any-id"));

        Assert.Contains("Down for maintenance", error.BodyExcerpt);
    }

    [Fact]
    public async Task A_callback_that_throws_is_answered_500_naming_the_exception()
    {
        using var client = _server.CreateClient();
        using var failing = _server.Override("create_integration", new Func<OverrideRequest, OverrideResponse>(_ => throw new InvalidOperationException("boom")));
        using var twice = _server.Override("execute_integration_op", async request =>
        {
            await request.FallBackToFakeAsync();
            return await request.FallBackToFakeAsync();
        });

        var thrown = await Assert.ThrowsAsync<OpenAppServerException>(
            () => client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "knx", Name = LocalizedString.FromText("A") }));
        var calledTwice = await Assert.ThrowsAsync<OpenAppServerException>(() => client.Integrations.RunOpAsync("any", "open_door"));

        Assert.Equal("override_failed", thrown.ErrorCode);
        Assert.Contains("InvalidOperationException: boom", thrown.Message);
        Assert.Contains("FallBackToFakeAsync", calledTwice.Message);
    }

    [Fact]
    public void Bad_override_arguments_are_rejected_naming_the_parameter()
    {
        var ok = new OverrideResponse(200);

        Assert.Equal("route", Assert.Throws<ArgumentException>(() => _server.Override("no_such_operation", ok)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new OverrideResponse(101)).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => new OverrideResponse(204, "{}")).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => OverrideResponse.Error(200, "x", "y")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ok.WithHeader("Content-Type", "text/plain")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => ok.WithHeader("X-Test", "a\r\nb")).ParamName);
        Assert.Empty(_server.Requests);
    }

    private Uri ListUrl() => new(_server.ApiRoot + "/integrations?include_deleted=false&only_deleted=false");
}
