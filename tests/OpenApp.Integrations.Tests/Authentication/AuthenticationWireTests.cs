using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Authentication;

/// <summary>What each credential puts on the wire, and which server the requests go to.</summary>
public sealed class AuthenticationWireTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public AuthenticationWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
        _fake.RespondToAny(200, Samples.Integration);
    }

    [Fact]
    public async Task An_api_key_goes_whole_in_X_API_Key_by_default()
    {
        using var client = _fake.CreateClient();

        await client.Integrations.GetAsync(Samples.IntegrationId);

        var request = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal(_fake.ApiKey, WireAssert.Header(request, "X-API-Key"));
        Assert.Null(WireAssert.Header(request, "Authorization"));
    }

    [Fact]
    public async Task A_key_with_surrounding_whitespace_is_sent_trimmed()
    {
        using var client = new OpenAppClient("  " + _fake.ApiKey + "\n", TestKeys.Org);

        await client.Integrations.GetAsync(Samples.IntegrationId);

        Assert.Equal(_fake.ApiKey, WireAssert.Header(Assert.Single(_fake.Server.LogEntries).RequestMessage!, "X-API-Key"));
    }

    [Fact]
    public async Task Bearer_mode_sends_the_key_as_a_bearer_token_and_no_X_API_Key()
    {
        using var client = _fake.CreateClient(configure: o => o.ApiKeyHeader = ApiKeyHeader.AuthorizationBearer);

        await client.Integrations.GetAsync(Samples.IntegrationId);

        var request = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal("Bearer " + _fake.ApiKey, WireAssert.Header(request, "Authorization"));
        Assert.Null(WireAssert.Header(request, "X-API-Key"));
        Assert.Equal(TestKeys.Org, WireAssert.Header(request, "X-Org"));
    }

    [Fact]
    public async Task A_token_provider_credential_sends_its_jwt_as_bearer_to_the_base_url()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMUpBODRGOCJ9.c2lnbmF0dXJl";
        var calls = 0;
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            Credential = OpenAppCredential.FromTokenProvider(_ =>
            {
                calls++;
                return ValueTask.FromResult(jwt);
            }),
            BaseUrl = _fake.ApiRoot,
            OrganizationId = TestKeys.Org,
        });

        await client.Integrations.GetAsync(Samples.IntegrationId);
        await client.Integrations.GetAsync(Samples.IntegrationId);

        Assert.Equal(2, calls);
        foreach (var entry in _fake.Server.LogEntries)
        {
            var request = entry.RequestMessage!;
            Assert.Equal("Bearer " + jwt, WireAssert.Header(request, "Authorization"));
            Assert.Null(WireAssert.Header(request, "X-API-Key"));
            Assert.Equal($"/api/v1/integrations/{Samples.IntegrationId}", WireAssert.RawPathAndQuery(request));
        }
    }

    [Fact]
    public async Task A_fixed_bearer_token_is_sent_as_is()
    {
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            Credential = OpenAppCredential.FromBearerToken("eyJ.static.jwt"),
            BaseUrl = _fake.ApiRoot,
            OrganizationId = TestKeys.Org,
        });

        await client.Integrations.GetAsync(Samples.IntegrationId);

        Assert.Equal("Bearer eyJ.static.jwt", WireAssert.Header(Assert.Single(_fake.Server.LogEntries).RequestMessage!, "Authorization"));
    }

    [Fact]
    public async Task An_explicit_base_url_wins_over_the_server_the_key_names()
    {
        // The key names a server that does not exist; BaseUrl points at the fake, so the call must land there.
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = "https://openapp.invalid_openapp_" + TestKeys.Secret,
            BaseUrl = _fake.ApiRoot,
            OrganizationId = TestKeys.Org,
        });

        await client.Integrations.GetAsync(Samples.IntegrationId);

        var request = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal($"/api/v1/integrations/{Samples.IntegrationId}", WireAssert.RawPathAndQuery(request));
        Assert.Equal("https://openapp.invalid_openapp_" + TestKeys.Secret, WireAssert.Header(request, "X-API-Key"));
        Assert.Equal(_fake.ApiRoot, client.Transport.ApiRoot);
    }

    [Fact]
    public async Task A_legacy_key_that_embeds_the_root_sends_to_that_root()
    {
        var legacyKey = _fake.Server.Urls[0] + "/api/v1_openapp_" + TestKeys.Secret;
        using var client = new OpenAppClient(legacyKey, TestKeys.Org);

        await client.Integrations.GetAsync(Samples.IntegrationId);

        var request = Assert.Single(_fake.Server.LogEntries).RequestMessage!;
        Assert.Equal($"/api/v1/integrations/{Samples.IntegrationId}", WireAssert.RawPathAndQuery(request));
        Assert.Equal(legacyKey, WireAssert.Header(request, "X-API-Key"));
    }

    [Fact]
    public async Task The_user_agent_names_the_sdk_and_its_version_then_the_callers_suffix()
    {
        using var client = _fake.CreateClient(configure: o => o.UserAgentSuffix = "lobby-kiosk/2.4");

        await client.Integrations.GetAsync(Samples.IntegrationId);

        var userAgent = WireAssert.Header(Assert.Single(_fake.Server.LogEntries).RequestMessage!, "User-Agent");
        Assert.Matches(@"^openapp-sdk-dotnet/\d+\.\d+\.\d+\S* lobby-kiosk/2\.4$", userAgent);
    }
}
