using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// Any 2xx is a success, as the official clients treat it: a create answered 201 did create (raising would make a
/// caller retry into a duplicate). A body is decoded when there is one; none (204, an empty 200) is a success without a
/// value; a UTF-8 byte order mark in front of the JSON is accepted.
/// </summary>
public sealed class SuccessStatusTests
{
    [Fact]
    public async Task A_create_answered_201_is_a_success_with_the_created_integration()
    {
        using var server = new HostileServer(a => a.WriteAsync(HostileServer.Json(201, Samples.Integration)));
        using var client = Client(server);

        var created = await client.Integrations.CreateAsync(new OpenApp.Integrations.Models.CreateIntegrationRequest { ProviderType = "virtual_access" });

        Assert.Equal(201, created.Status);
        Assert.True(created.HasValue);
        Assert.Equal(Samples.IntegrationId, created.Value.Id);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("204 No Content", "")]
    [InlineData("200 OK", "Content-Length: 0")]
    [InlineData("202 Accepted", "Content-Length: 0")]
    public async Task A_2xx_without_a_body_is_a_success_without_a_value(string status, string header)
    {
        using var server = new HostileServer(a => a.WriteAsync(header.Length == 0 ? HostileServer.Head(status) : HostileServer.Head(status, header)));
        using var client = Client(server);

        var purged = await client.Integrations.PurgeAsync("i1");

        Assert.False(purged.HasValue);
        Assert.Equal(int.Parse(status[..3], System.Globalization.CultureInfo.InvariantCulture), purged.Status);
        var ex = Assert.Throws<InvalidOperationException>(() => purged.Value);
        Assert.Contains("HasValue", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_answered_204_is_an_empty_walk_not_an_error()
    {
        using var server = new HostileServer(a => a.WriteAsync(HostileServer.Head("204 No Content")));
        using var client = Client(server);

        var page = await client.Integrations.ListAsync();
        var all = new List<OpenApp.Integrations.Models.IntegrationResponse>();
        await foreach (var integration in client.Integrations.ListAllAsync())
        {
            all.Add(integration);
        }

        Assert.False(page.HasValue);
        Assert.Empty(all);
    }

    [Fact]
    public async Task A_body_that_starts_with_a_byte_order_mark_decodes()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var json = System.Text.Encoding.UTF8.GetBytes(Samples.Integration);
        using var server = new HostileServer(a => a.WriteAsync(
            [.. HostileServer.Head("200 OK", "Content-Type: application/json; charset=utf-8", $"Content-Length: {bom.Length + json.Length}"), .. bom, .. json]));
        using var client = Client(server);

        var integration = await client.Integrations.GetAsync("i1");

        Assert.Equal(Samples.IntegrationId, integration.Value.Id);
    }

    [Fact]
    public async Task A_delete_answered_204_where_200_is_declared_succeeds()
    {
        using var server = new HostileServer(a => a.WriteAsync(HostileServer.Head("204 No Content")));
        using var client = Client(server);

        var deleted = await client.Integrations.AccessInvites.DeleteAsync("i1", "v1");

        Assert.Equal(204, deleted.Status);
    }

    private static OpenAppClient Client(HostileServer server) =>
        new(new OpenAppClientOptions { ApiKey = server.ApiKey, OrganizationId = TestKeys.Org });
}
