using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// The key never crosses a network unencrypted by accident: plain <c>http://</c> to a host that is not this machine is
/// refused unless the caller opts in with <see cref="OpenAppClientOptions.AllowInsecureHttp"/>; loopback stays allowed.
/// </summary>
public sealed class PlainHttpTests
{
    [Theory]
    [InlineData("http://openapp.example_openapp_PLANTED-s3cr3t-9f8e7d6c5b4a", null)]
    [InlineData("http://10.0.0.7:8080_openapp_PLANTED-s3cr3t-9f8e7d6c5b4a", null)]
    [InlineData("https://openapp.example_openapp_PLANTED-s3cr3t-9f8e7d6c5b4a", "http://openapp.example/api/v1")]
    [InlineData("https://openapp.example_openapp_PLANTED-s3cr3t-9f8e7d6c5b4a", "http://192.168.1.20/api/v1")]
    public void Plain_http_to_another_machine_is_refused_and_the_message_says_how_to_opt_in(string key, string? baseUrl)
    {
        var options = new OpenAppClientOptions { ApiKey = key, BaseUrl = baseUrl is null ? null : new Uri(baseUrl) };

        var ex = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(options));

        Assert.Contains("unencrypted", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowInsecureHttp = true", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://openapp.example_openapp_PLANTED-s3cr3t-9f8e7d6c5b4a", null)]
    [InlineData("https://openapp.example_openapp_PLANTED-s3cr3t-9f8e7d6c5b4a", "http://192.168.1.20/api/v1")]
    public void The_opt_in_allows_plain_http(string key, string? baseUrl)
    {
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = key,
            BaseUrl = baseUrl is null ? null : new Uri(baseUrl),
            AllowInsecureHttp = true,
        });

        Assert.Equal(Uri.UriSchemeHttp, client.Transport.ApiRoot.Scheme);
    }

    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.2:5000")]
    [InlineData("http://[::1]:5000")]
    public void Loopback_stays_allowed_without_the_opt_in(string origin)
    {
        using var client = new OpenAppClient(origin + "_openapp_" + TestKeys.Secret, TestKeys.Org);

        Assert.Equal(new Uri(origin + "/api/v1"), client.Transport.ApiRoot);
    }

    [Fact]
    public async Task A_loopback_fake_answers_over_plain_http()
    {
        using var server = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Samples.Integration)));
        using var client = new OpenAppClient(server.ApiKey, TestKeys.Org);

        var integration = await client.Integrations.GetAsync("i1");

        Assert.Equal(Samples.IntegrationId, integration.Value.Id);
    }
}
