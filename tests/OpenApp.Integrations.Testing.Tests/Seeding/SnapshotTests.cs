using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Seeding;

/// <summary>FindIntegration's snapshot is typed like the SDK's models, so it compares with what a client reads.</summary>
public class SnapshotTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public SnapshotTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_snapshot_has_the_models_types_and_agrees_with_a_read()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration(new FakeIntegrationSeed
        {
            ProviderType = ProviderType.HomeAssistant,
            Name = new LocalizedString(new Dictionary<string, string> { ["en"] = "Home", ["he"] = "בית" }),
            Health = IntegrationHealth.Error,
            Enabled = false,
            Config = System.Text.Json.Nodes.JsonNode.Parse("""{"base_url": "http://ha.local"}"""),
            Secrets = System.Text.Json.Nodes.JsonNode.Parse("""{"token": "t0k3n"}"""),
        });

        var read = (await client.Integrations.GetAsync(id, new ReadOptions { IncludeDeleted = true })).Value;
        var snapshot = _server.FindIntegration(id)!;

        Assert.Equal(ProviderType.HomeAssistant, snapshot.ProviderType);
        Assert.Equal(read.ProviderType, snapshot.ProviderType);
        Assert.Equal(read.Name, snapshot.Name);
        Assert.Equal("בית", snapshot.Name["he"]);
        Assert.Equal(IntegrationHealth.Error, snapshot.Health);
        Assert.Equal(read.Health, snapshot.Health);
        Assert.False(snapshot.Enabled);
        Assert.Equal("http://ha.local", snapshot.Config!.Value.GetProperty("base_url").GetString());
        Assert.Equal(read.Config!.Value.GetRawText(), snapshot.Config.Value.GetRawText());
        Assert.Equal("t0k3n", snapshot.Secrets!.Value.GetProperty("token").GetString());
        Assert.Equal(read.CreatedAt!.Value, snapshot.CreatedAt, TimeSpan.FromMilliseconds(1));
        Assert.Null(snapshot.DeletedAt);
        Assert.DoesNotContain("t0k3n", snapshot.ToString());
    }

    [Fact]
    public void A_soft_deleted_integration_shows_when()
    {
        var id = _server.SeedIntegration();

        _server.SoftDeleteIntegration(id);
        var snapshot = _server.FindIntegration(id)!;

        Assert.True(snapshot.IsDeleted);
        Assert.NotNull(snapshot.DeletedAt);
        Assert.Null(_server.FindIntegration(id, FakeOpenAppServer.OtherOrganizationId));
    }
}
