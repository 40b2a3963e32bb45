using Microsoft.Extensions.Time.Testing;

namespace OpenApp.Integrations.Testing.Tests.Clients;

/// <summary>
/// Clients the fake sets up retry without backoff. The proof needs no timing: client and server share a fake clock
/// that nobody advances, so a client that waited for any backoff would never send its retry (the test would hit
/// its timeout instead), and both attempts arrive at the same instant on that clock.
/// </summary>
public class ClientRetryTests : IClassFixture<ClientRetryTests.Fixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly Fixture _fixture;
    private readonly FakeOpenAppServer _server;

    public ClientRetryTests(Fixture fixture)
    {
        _fixture = fixture;
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_readme_snippet_retries_an_injected_503_without_waiting()
    {
        using var client = _server.CreateClient(configure: o => o.TimeProvider = _fixture.Time);
        using var timeout = new CancellationTokenSource(s_timeout);
        var integrationId = _server.SeedIntegration();
        _server.FailNext(1, 503, route: "get_integration");

        await client.Integrations.GetAsync(integrationId, cancellationToken: timeout.Token);

        var attempts = _server.RequestsFor("get_integration");
        Assert.Equal(new[] { 503, 200 }, attempts.Select(r => r.ResponseStatus));
        Assert.All(attempts, r => Assert.Equal(Fixture.Start, r.ReceivedAt));
    }

    [Theory]
    [InlineData(null, 1000, 30_000)]
    [InlineData(50, 50, 30_000)]
    [InlineData(120_000, 120_000, 120_000)]
    public async Task ClientRetryBaseDelay_sets_the_clients_base_delay_and_null_keeps_the_SDKs(int? delayMs, int baseDelayMs, int maxDelayMs)
    {
        await using var server = await FakeOpenAppServer.StartNewAsync(new FakeOpenAppServerOptions
        {
            ClientRetryBaseDelay = delayMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        });
        var options = new OpenAppClientOptions();

        server.ConfigureClientOptions(options);

        Assert.Equal(TimeSpan.FromMilliseconds(baseDelayMs), options.Retry.BaseDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(maxDelayMs), options.Retry.MaxDelay);
    }

    [Fact]
    public void By_default_the_base_delay_is_zero_and_a_negative_one_is_rejected()
    {
        var options = new OpenAppClientOptions();

        _server.ConfigureClientOptions(options);

        Assert.Equal(TimeSpan.Zero, options.Retry.BaseDelay);
        Assert.Equal(TimeSpan.Zero, new FakeOpenAppServerOptions().ClientRetryBaseDelay);
        Assert.Equal(
            "ClientRetryBaseDelay",
            Assert.Throws<ArgumentOutOfRangeException>(() => new FakeOpenAppServer(new FakeOpenAppServerOptions { ClientRetryBaseDelay = TimeSpan.FromSeconds(-1) })).ParamName);
    }

    [Fact]
    public async Task ConfigureClientOptions_wins_over_a_base_url_key_and_credential_set_elsewhere()
    {
        var options = new OpenAppClientOptions
        {
            ApiKey = "https://api.openapp.house_openapp_production-secret",
            Credential = OpenAppCredential.FromBearerToken("eyJhbGciOiJub25lIn0.e30."),
            BaseUrl = new Uri("https://api.openapp.house/api/v1"),
            OrganizationId = "01HREAL0RG0000000000000000",
            UserAgentSuffix = "my-app/1.0",
        };

        _server.ConfigureClientOptions(options, FakeOpenAppServer.OtherOrganizationId);
        using var client = new OpenAppClient(options);
        await client.Integrations.ListAsync();

        Assert.Equal(_server.ApiKey, options.ApiKey);
        Assert.Null(options.Credential);
        Assert.Equal(_server.ApiRoot, options.BaseUrl);
        Assert.Equal("my-app/1.0", options.UserAgentSuffix);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(200, request.ResponseStatus);
        Assert.Equal(FakeOpenAppServer.OtherOrganizationId, request.OrganizationId);
    }

    public sealed class Fixture : Infrastructure.FakeServerFixture
    {
        public static readonly DateTimeOffset Start = new(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);

        public FakeTimeProvider Time { get; } = new(Start);

        protected override FakeOpenAppServerOptions Options => new() { TimeProvider = Time };
    }
}
