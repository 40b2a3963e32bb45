using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Authentication;

/// <summary>Parsing <c>{origin}_openapp_{secret}</c> keys: the API root they name, and errors that never echo the secret.</summary>
public sealed class ApiKeyParsingTests
{
    private const string FormatHint = "{origin}_openapp_{secret}";

    [Theory]
    [InlineData("https://openapp.house_openapp_s3cr3t", "https://openapp.house/api/v1")]
    [InlineData("https://openapp.house/_openapp_s3cr3t", "https://openapp.house/api/v1")]
    [InlineData("http://localhost:8080_openapp_s3cr3t", "http://localhost:8080/api/v1")]
    [InlineData("http://127.0.0.1:5005_openapp_s3cr3t", "http://127.0.0.1:5005/api/v1")]
    [InlineData("https://staging.openapp.house:8443_openapp_s3cr3t", "https://staging.openapp.house:8443/api/v1")]
    [InlineData("  https://openapp.house_openapp_s3cr3t \n", "https://openapp.house/api/v1")]
    [InlineData("\thttps://openapp.house_openapp_s3cr3t\r\n", "https://openapp.house/api/v1")]
    public void A_key_names_its_api_root(string apiKey, string apiRoot)
    {
        var key = OpenAppApiKey.Parse(apiKey);

        Assert.Equal(new Uri(apiRoot), key.ApiRoot);
        Assert.Equal(apiRoot, key.ApiRoot.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://api.openapp.house/api/v1_openapp_SECRET", "https://api.openapp.house/api/v1")]
    [InlineData("https://api.openapp.house/api/v1/_openapp_SECRET", "https://api.openapp.house/api/v1")]
    public void A_legacy_key_that_embeds_the_root_keeps_that_root(string apiKey, string apiRoot)
    {
        Assert.Equal(apiRoot, OpenAppApiKey.Parse(apiKey).ApiRoot.AbsoluteUri);
    }

    [Fact]
    public void A_key_is_split_at_the_first_separator()
    {
        var key = OpenAppApiKey.Parse("https://openapp.house_openapp_abc_openapp_def");

        Assert.Equal("https://openapp.house/api/v1", key.ApiRoot.AbsoluteUri);
        Assert.Equal("https://openapp.house/", key.Origin.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://openapp.house_openapp_")]
    [InlineData("https://openapp.house_openapp_   ")]
    public void An_empty_secret_is_rejected(string apiKey)
    {
        var error = Assert.Throws<ArgumentException>(() => OpenAppApiKey.Parse(apiKey));

        Assert.Contains(FormatHint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(TestKeys.Secret)]
    [InlineData("https://openapp.house" + TestKeys.Secret)]
    [InlineData("https://openapp.house_OPENAPP_" + TestKeys.Secret)]
    [InlineData("_openapp_" + TestKeys.Secret)]
    [InlineData("https://openapp.house/api_openapp_" + TestKeys.Secret)]
    [InlineData("https://openapp.house/v2/api/v1_openapp_" + TestKeys.Secret)]
    [InlineData("https://openapp.house?tenant=1_openapp_" + TestKeys.Secret)]
    [InlineData("https://openapp.house#top_openapp_" + TestKeys.Secret)]
    [InlineData("https://user:pw@openapp.house_openapp_" + TestKeys.Secret)]
    [InlineData("ftp://openapp.house_openapp_" + TestKeys.Secret)]
    [InlineData("file:///etc/openapp_openapp_" + TestKeys.Secret)]
    [InlineData("openapp.house_openapp_" + TestKeys.Secret)]
    [InlineData("/api/v1_openapp_" + TestKeys.Secret)]
    public void A_malformed_key_names_the_format_and_never_echoes_the_secret(string apiKey)
    {
        var error = Assert.Throws<ArgumentException>(() => OpenAppApiKey.Parse(apiKey));

        Assert.Equal("apiKey", error.ParamName);
        Assert.Contains(FormatHint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, error.Message, StringComparison.Ordinal);
        Assert.False(OpenAppApiKey.TryParse(apiKey, out _));
    }

    [Fact]
    public void A_null_key_is_rejected_by_TryParse()
    {
        Assert.False(OpenAppApiKey.TryParse(null, out var key));
        Assert.Null(key);
    }

    [Theory]
    [InlineData("ftp://openapp.house_openapp_" + TestKeys.Secret)]
    [InlineData("https://openapp.house/x_openapp_" + TestKeys.Secret)]
    [InlineData("https://openapp.house_openapp_")]
    public void A_client_fails_at_construction_on_a_malformed_key(string apiKey)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(apiKey, TestKeys.Org));

        Assert.Contains(FormatHint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_credential_fails_at_creation_on_a_malformed_key()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => OpenAppCredential.FromApiKey("https://openapp.house?x=1_openapp_" + TestKeys.Secret));

        Assert.DoesNotContain(TestKeys.Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_without_key_or_credential_are_rejected()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(new OpenAppClientOptions { OrganizationId = TestKeys.Org }));

        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_credential_needs_a_base_url()
    {
        var options = new OpenAppClientOptions { Credential = OpenAppCredential.FromBearerToken("eyJhbGciOiJIUzI1NiJ9.e30.sig") };

        var error = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(options));

        Assert.Contains("BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://openapp.house/api/v1")]
    [InlineData("https://openapp.house/api/v1?x=1")]
    [InlineData("https://openapp.house/api/v1#top")]
    public void A_base_url_must_be_absolute_http_without_query_or_fragment(string baseUrl)
    {
        var options = new OpenAppClientOptions { ApiKey = "https://openapp.house_openapp_" + TestKeys.Secret, BaseUrl = new Uri(baseUrl) };

        var error = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(options));

        Assert.DoesNotContain(TestKeys.Secret, error.ToString(), StringComparison.Ordinal);
    }
}
