using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class CredentialTests : IClassFixture<CredentialTests.Fixture>
{
    private const string Jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.";
    private readonly FakeOpenAppServer _server;

    public CredentialTests(Fixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task A_key_with_the_wrong_secret_is_401()
    {
        using var client = _server.CreateClient(configure: o => o.ApiKey = _server.BaseUrl.GetLeftPart(UriPartial.Authority) + "_openapp_not-the-secret");

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.ListAsync());

        Assert.Equal(401, error.Status);
        Assert.Equal("unauthorized", error.ErrorCode);
    }

    [Fact]
    public async Task A_request_without_credentials_is_401_even_on_routes_without_organization()
    {
        var (status, body) = await Raw.SendAsync(HttpMethod.Get, new Uri(_server.ApiRoot + "/integrations/provider-types"), apiKey: null, organizationId: null);

        Assert.Equal(401, status);
        Assert.Contains("\"error_code\":\"unauthorized\"", body);
    }

    [Fact]
    public async Task The_key_works_as_a_bearer_token_and_extra_bearer_tokens_are_accepted()
    {
        using var bearer = _server.CreateClient(configure: o => o.ApiKeyHeader = ApiKeyHeader.AuthorizationBearer);
        using var jwt = _server.CreateClient(configure: o =>
        {
            o.ApiKey = null;
            o.Credential = OpenAppCredential.FromBearerToken(Jwt);
            o.BaseUrl = _server.ApiRoot;
        });

        await bearer.Integrations.ListAsync();
        await jwt.Integrations.ListAsync();

        Assert.All(_server.Requests, r => Assert.Equal(200, r.ResponseStatus));
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + RecordedRequest.Redacted, r.Header("Authorization")));
    }

    [Fact]
    public async Task The_request_log_never_shows_the_key()
    {
        using var client = _server.CreateClient();

        await client.Integrations.ListAsync();

        var logged = Assert.Single(_server.Requests);
        Assert.Equal(RecordedRequest.Redacted, logged.Header("X-API-Key"));
        var secret = _server.ApiKey[(_server.ApiKey.IndexOf("_openapp_", StringComparison.Ordinal) + 9)..];
        Assert.DoesNotContain(logged.Headers.Values, v => v.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, _server.ToString());
    }

    public sealed class Fixture : FakeServerFixture
    {
        protected override FakeOpenAppServerOptions Options
        {
            get
            {
                var options = new FakeOpenAppServerOptions();
                options.AcceptedBearerTokens.Add(Jwt);
                return options;
            }
        }
    }
}
