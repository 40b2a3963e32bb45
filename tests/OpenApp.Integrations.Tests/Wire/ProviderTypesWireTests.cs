using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The two operations that are not organization-scoped: no <c>X-Org</c> header, even when the client has one.</summary>
public sealed class ProviderTypesWireTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public ProviderTypesWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integration_provider_types")]
    public async Task Provider_types_send_no_org_and_decode_localized_names()
    {
        await _fake.RespondAsync("list_integration_provider_types", 200, Samples.ProviderTypes);
        using var client = _fake.CreateClient(TestKeys.Org);

        var types = (await client.Integrations.ListProviderTypesAsync()).Value;

        await _fake.AssertSingleCallAsync(
            "list_integration_provider_types", "GET", "/integrations/provider-types", organization: null, jsonBody: null);
        Assert.Equal(3, types.Count);
        Assert.Equal("גישה וירטואלית", types["virtual_access"]["he"]);
        Assert.Equal("Shelly Cloud", types["shelly_cloud"].Get("en"));
        Assert.Equal("Home Assistant", types["homeassistant"].Get("he"));
    }

    [Fact]
    [Trait("operationId", "list_integration_provider_types")]
    public async Task Provider_types_work_without_any_organization()
    {
        await _fake.RespondAsync("list_integration_provider_types", 200, Samples.ProviderTypes);
        using var client = _fake.CreateClient(organizationId: null);

        await client.Integrations.ListProviderTypesAsync();

        await _fake.AssertSingleCallAsync(
            "list_integration_provider_types", "GET", "/integrations/provider-types", organization: null, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "get_integration_provider_definition")]
    public async Task Provider_definition_sends_no_org_and_comes_back_as_json()
    {
        await _fake.RespondAsync("get_integration_provider_definition", 200, Samples.ProviderDefinition);
        using var client = _fake.CreateClient(TestKeys.Org);

        var definition = (await client.Integrations.GetProviderDefinitionAsync(ProviderType.VirtualAccess)).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_provider_definition",
            "GET",
            "/integrations/provider-types/virtual_access/definition",
            organization: null,
            jsonBody: null);
        Assert.Equal(JsonValueKind.Object, definition.ValueKind);
        Assert.Equal(3, definition.GetProperty("capabilities").GetArrayLength());
        Assert.Equal("פתח", definition.GetProperty("actions")[0].GetProperty("name").GetProperty("he").GetString());
    }

    [Fact]
    [Trait("operationId", "get_integration_provider_definition")]
    public async Task Provider_definition_of_a_type_the_sdk_does_not_know_is_requested_as_is()
    {
        await _fake.RespondAsync("get_integration_provider_definition", 200, """{"provider_type": "acme_locks", "capabilities": []}""");
        using var client = _fake.CreateClient(organizationId: null);

        var definition = (await client.Integrations.GetProviderDefinitionAsync(new ProviderType("acme_locks"))).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_provider_definition", "GET", "/integrations/provider-types/acme_locks/definition", organization: null, jsonBody: null);
        Assert.Equal("acme_locks", definition.GetProperty("provider_type").GetString());
    }
}
