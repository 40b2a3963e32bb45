using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Snippets;

/// <summary>
/// Mocking: every client member is virtual and responses can be built from values, so code that uses the SDK can
/// be tested with a hand-written fake or any mocking library (tests/OpenApp.Integrations.Mocking.Tests does it with
/// NSubstitute). For tests over real HTTP, use the OpenApp.Integrations.Testing fake server.
/// </summary>
internal static class Mocking
{
    public static async Task RunAsync()
    {
        var report = new LobbyReport(new FakeOpenAppClient());

        Console.WriteLine(await report.DescribeAsync());
    }

    /// <summary>The app code under test: it only sees <see cref="OpenAppClient"/>.</summary>
    private sealed class LobbyReport(OpenAppClient client)
    {
        public async Task<string> DescribeAsync()
        {
            var page = (await client.Integrations.ListAsync()).Value;
            return $"{page.Total} integrations: " + string.Join(", ", page.Items.Select(i => i.Name.Get("en")));
        }
    }

    private sealed class FakeOpenAppClient : OpenAppClient
    {
        public override IntegrationsClient Integrations { get; } = new FakeIntegrations();
    }

    private sealed class FakeIntegrations : IntegrationsClient
    {
        public override Task<OpenAppResponse<Page<IntegrationResponse>>> ListAsync(
            ListIntegrationsOptions? options = null,
            OpenAppRequestOptions? requestOptions = null,
            CancellationToken cancellationToken = default)
        {
            var items = new[]
            {
                new IntegrationResponse { Id = "i1", Name = LocalizedString.FromLocale("en", "Lobby") },
                new IntegrationResponse { Id = "i2", Name = LocalizedString.FromLocale("en", "Garage") },
            };
            return Task.FromResult(new OpenAppResponse<Page<IntegrationResponse>>(new Page<IntegrationResponse>(items, total: 2, offset: 0, limit: 50)));
        }
    }
}
