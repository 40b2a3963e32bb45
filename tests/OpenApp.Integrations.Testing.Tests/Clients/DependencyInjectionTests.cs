using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Clients;

/// <summary>Clients an app registers with AddOpenAppIntegrations, aimed at the fake the documented way.</summary>
public class DependencyInjectionTests : IClassFixture<FakeServerFixture>
{
    private const string ProductionKey = "https://api.openapp.house_openapp_production-secret";
    private readonly FakeOpenAppServer _server;

    public DependencyInjectionTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task UseFakeOpenAppServer_wins_over_the_apps_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = ProductionKey,
            ["OpenApp:BaseUrl"] = "https://api.openapp.house/api/v1",
            ["OpenApp:OrganizationId"] = "01HREAL0RG0000000000000000",
        }).Build();
        var services = new ServiceCollection();
        services.AddOpenAppIntegrations(configuration.GetSection("OpenApp"));
        services.UseFakeOpenAppServer(_server);
        _server.SeedIntegration();

        await using var provider = services.BuildServiceProvider();
        var page = await provider.GetRequiredService<OpenAppClient>().Integrations.ListAsync();

        Assert.Equal(1, page.Value.Total);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(FakeOpenAppServer.DefaultOrganizationId, request.OrganizationId);
        Assert.Equal(200, request.ResponseStatus);
    }

    [Fact]
    public async Task It_also_aims_keyed_clients_and_works_before_the_registration()
    {
        var services = new ServiceCollection();
        services.UseFakeOpenAppServer(_server, FakeOpenAppServer.OtherOrganizationId);
        services.AddOpenAppIntegrations(o => o.ApiKey = ProductionKey);
        services.AddKeyedOpenAppIntegrations("tenant-a", o =>
        {
            o.ApiKey = ProductionKey;
            o.Credential = OpenAppCredential.FromBearerToken("eyJhbGciOiJub25lIn0.e30.");
            o.BaseUrl = new Uri("https://api.openapp.house/api/v1");
        });

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<OpenAppClient>().Integrations.ListAsync();
        await provider.GetRequiredKeyedService<OpenAppClient>("tenant-a").Integrations.ListAsync();

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(200, r.ResponseStatus));
        Assert.All(_server.Requests, r => Assert.Equal(FakeOpenAppServer.OtherOrganizationId, r.OrganizationId));
    }

    [Fact]
    public async Task ConfigureClientOptions_works_as_the_registrations_own_configure()
    {
        var services = new ServiceCollection();
        services.AddOpenAppIntegrations(options => _server.ConfigureClientOptions(options));

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<OpenAppClient>().Integrations.ListAsync();

        Assert.Equal(FakeOpenAppServer.DefaultOrganizationId, Assert.Single(_server.Requests).OrganizationId);
    }

    [Fact]
    public async Task A_registered_client_aimed_at_the_fake_retries_an_injected_503_without_waiting()
    {
        // The client's clock never moves: a backoff delay on it would never end and the call would time out.
        var frozen = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddOpenAppIntegrations(o =>
        {
            o.ApiKey = ProductionKey;
            o.TimeProvider = frozen;
        });
        services.UseFakeOpenAppServer(_server);
        var id = _server.SeedIntegration();
        _server.FailNext(1, 503, route: "get_integration");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<OpenAppClient>().Integrations.GetAsync(id, cancellationToken: timeout.Token);

        Assert.Equal(new[] { 503, 200 }, _server.RequestsFor("get_integration").Select(r => r.ResponseStatus));
    }

    [Fact]
    public void Null_arguments_are_rejected_naming_the_parameter()
    {
        Assert.Equal("server", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().UseFakeOpenAppServer(null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).UseFakeOpenAppServer(_server)).ParamName);
    }
}
