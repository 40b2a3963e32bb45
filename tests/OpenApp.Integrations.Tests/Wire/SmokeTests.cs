using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Wire;

public sealed class SmokeTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public SmokeTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task List_sends_flat_query_keys_and_org()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"items":[{"id":"i1","org_id":"o","provider_type":"brand_new_provider","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}],"total":1}"""));
        using var client = _fake.CreateClient();
        var page = (await client.Integrations.ListAsync(new ListIntegrationsOptions { ProviderType = "virtual_access", Query = "lobby" })).Value;
        Assert.Single(page.Items);
        Assert.Equal("brand_new_provider", page.Items[0].ProviderType.Value);
        Assert.Equal("Lobby", page.Items[0].Name.Get("en"));
        var entry = Assert.Single(_fake.Server.LogEntries);
        Assert.Equal("/api/v1/integrations?include_deleted=false&only_deleted=false&include_metadata=false&limit=50&offset=0&provider_type=virtual_access&q=lobby",
            new Uri(entry.RequestMessage!.AbsoluteUrl).PathAndQuery);
        Assert.Equal(TestKeys.Org, entry.RequestMessage.Headers!["X-Org"].Single());
    }
}
