using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary><c>X-Org</c>: the client default, a scoped client for another org, and a per-call override.</summary>
public sealed class OrganizationScopeWireTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public OrganizationScopeWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task A_per_call_override_sends_the_other_org_for_that_call_only()
    {
        await _fake.RespondAsync("get_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient(TestKeys.Org);

        await client.Integrations.GetAsync(Samples.IntegrationId, requestOptions: new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg });
        await client.Integrations.GetAsync(Samples.IntegrationId);

        Assert.Equal(new[] { TestKeys.OtherOrg, TestKeys.Org }, SentOrgs());
    }

    [Fact]
    public async Task A_scoped_client_sends_its_org_while_the_original_keeps_its_own()
    {
        await _fake.RespondAsync("list_integrations", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient(TestKeys.Org);
        var other = client.ForOrganization(TestKeys.OtherOrg);

        await other.Integrations.ListAsync();
        await client.Integrations.ListAsync();
        await other.Integrations.ListEntitiesAsync(Samples.IntegrationId);

        Assert.Equal(new[] { TestKeys.OtherOrg, TestKeys.Org, TestKeys.OtherOrg }, SentOrgs());
        Assert.Equal(TestKeys.Org, client.OrganizationId);
        Assert.Equal(TestKeys.OtherOrg, other.OrganizationId);
    }

    [Fact]
    public async Task A_client_without_org_sends_the_per_call_org()
    {
        await _fake.RespondAsync("list_integration_access_portals", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient(organizationId: null);

        await client.Integrations.AccessPortals.ListAsync(Samples.IntegrationId, new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg });

        await _fake.AssertSingleCallAsync(
            "list_integration_access_portals", "GET", $"/integrations/{Samples.IntegrationId}/access-portals", TestKeys.OtherOrg, jsonBody: null);
    }

    [Fact]
    public async Task An_org_scoped_call_without_any_org_fails_before_sending()
    {
        using var client = _fake.CreateClient(organizationId: null);

        var ex = await Assert.ThrowsAsync<OpenAppOrganizationRequiredException>(() => client.Integrations.GetAsync(Samples.IntegrationId));

        Assert.Equal("get_integration", ex.OperationName);
        Assert.Contains("OpenAppClientOptions.OrganizationId", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Create_fills_org_id_from_the_per_call_org()
    {
        await _fake.RespondAsync("create_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient(TestKeys.Org);

        await client.Integrations.CreateAsync(
            new CreateIntegrationRequest { ProviderType = "virtual_access" },
            requestOptions: new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg });

        await _fake.AssertSingleCallAsync(
            "create_integration", "POST", "/integrations", TestKeys.OtherOrg, """{"org_id": "01HZX3K9Q7ORGBBBBBBBBBBBBB", "provider_type": "virtual_access"}""");
    }

    [Fact]
    public async Task Create_through_a_scoped_client_fills_org_id_with_its_org()
    {
        await _fake.RespondAsync("create_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient(TestKeys.Org);

        await client.ForOrganization(TestKeys.OtherOrg).Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "virtual_access" });

        await _fake.AssertSingleCallAsync(
            "create_integration", "POST", "/integrations", TestKeys.OtherOrg, """{"org_id": "01HZX3K9Q7ORGBBBBBBBBBBBBB", "provider_type": "virtual_access"}""");
    }

    [Fact]
    public async Task One_create_request_reused_for_two_orgs_carries_each_calls_org()
    {
        await _fake.RespondAsync("create_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient(TestKeys.Org);
        var request = new CreateIntegrationRequest { ProviderType = ProviderType.VirtualAccess };

        await client.Integrations.CreateAsync(request);
        await client.ForOrganization(TestKeys.OtherOrg).Integrations.CreateAsync(request);

        var bodies = _fake.Server.LogEntries.Select(e => System.Text.Json.Nodes.JsonNode.Parse(e.RequestMessage!.Body!)!["org_id"]!.GetValue<string>());
        Assert.Equal(new[] { TestKeys.Org, TestKeys.OtherOrg }, bodies);
        Assert.Equal(new[] { TestKeys.Org, TestKeys.OtherOrg }, SentOrgs());
        Assert.Empty(request.OrgId);
    }

    [Fact]
    public async Task A_scoped_client_still_sends_no_org_on_provider_type_operations()
    {
        await _fake.RespondAsync("list_integration_provider_types", 200, Samples.ProviderTypes);
        using var client = _fake.CreateClient(TestKeys.Org);

        await client.ForOrganization(TestKeys.OtherOrg).Integrations.ListProviderTypesAsync(
            new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg });

        await _fake.AssertSingleCallAsync(
            "list_integration_provider_types", "GET", "/integrations/provider-types", organization: null, jsonBody: null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("01HZX\r\nX-Injected: 1")]
    public void ForOrganization_rejects_blank_or_header_breaking_ids(string organizationId)
    {
        using var client = _fake.CreateClient(TestKeys.Org);

        Assert.ThrowsAny<ArgumentException>(() => client.ForOrganization(organizationId));
    }

    [Fact]
    public async Task A_per_call_org_that_would_break_the_header_fails_before_sending()
    {
        using var client = _fake.CreateClient(TestKeys.Org);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Integrations.GetAsync(
            Samples.IntegrationId, requestOptions: new OpenAppRequestOptions { OrganizationId = "01HZX\r\nX-API-Key: stolen" }));

        Assert.Empty(_fake.Server.LogEntries);
    }

    private string?[] SentOrgs() =>
        _fake.Server.LogEntries.Select(e => WireAssert.Header(e.RequestMessage!, "X-Org")).ToArray();
}
