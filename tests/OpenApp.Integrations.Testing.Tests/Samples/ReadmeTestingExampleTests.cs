namespace OpenApp.Integrations.Testing.Tests.Samples;

/// <summary>The repository README's "Testing your app" example, as a test: the README quotes it from here.</summary>
public class ReadmeTestingExampleTests
{
    [Fact]
    public async Task A_503_is_retried_at_once_and_the_request_log_shows_both_attempts()
    {
        await using var server = await FakeOpenAppServer.StartNewAsync();
        using var client = server.CreateClient();
        var id = server.SeedIntegration(new FakeIntegrationSeed { Name = "Harbor View" });
        server.FailNext(1, 503, route: "get_integration");      // the SDK retries at once and succeeds

        var integration = await client.Integrations.GetAsync(id);

        Assert.Equal("Harbor View", integration.Value.Name.Get("en"));
        Assert.Equal(2, server.RequestsFor("get_integration").Count);
    }
}
