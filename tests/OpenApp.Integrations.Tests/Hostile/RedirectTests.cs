using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// A server that answers with a redirect must not get the key or <c>X-Org</c> sent to another origin (.NET strips only
/// <c>Authorization</c> when it follows one). The SDK's own handlers do not follow redirects: a 3xx is an answer.
/// </summary>
public sealed class RedirectTests
{
    private static readonly IPAddress s_otherHost = IPAddress.Parse("127.0.0.2");

    public static TheoryData<int, string> RedirectsElsewhere()
    {
        var data = new TheoryData<int, string>();
        foreach (var status in new[] { 301, 302, 303, 307, 308 })
        {
            foreach (var target in new[] { "host", "port", "scheme" })
            {
                data.Add(status, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RedirectsElsewhere))]
    public async Task A_redirect_is_an_api_exception_with_its_location_and_nothing_reaches_the_target(int status, string target)
    {
        using var elsewhere = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Samples.Integration)), target == "host" ? s_otherHost : null);
        var location = target switch
        {
            "scheme" => $"https://{elsewhere.Host}:{elsewhere.Port}/api/v1/integrations/i1",
            _ => $"{elsewhere.Origin}/api/v1/integrations/i1",
        };
        using var api = new HostileServer(a => a.WriteAsync(HostileServer.Head($"{status} Elsewhere", $"Location: {location}", "Content-Length: 0")));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = api.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppApiException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal(status, ex.Status);
        Assert.Equal(location, ex.ResponseHeaders["location"]);
        Assert.Single(api.Requests); // a 3xx is not retried
        Assert.Contains("X-API-Key:", api.Requests[0], StringComparison.OrdinalIgnoreCase);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task A_client_registered_with_dependency_injection_does_not_follow_redirects_either()
    {
        using var elsewhere = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Samples.Integration)), s_otherHost);
        using var api = new HostileServer(a => a.WriteAsync(
            HostileServer.Head("307 Temporary Redirect", $"Location: {elsewhere.Origin}/api/v1/integrations/i1", "Content-Length: 0")));
        var services = new ServiceCollection();
        services.AddOpenAppIntegrations(o =>
        {
            o.ApiKey = api.ApiKey;
            o.OrganizationId = TestKeys.Org;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<OpenAppClient>();

        var ex = await Assert.ThrowsAsync<OpenAppApiException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal(307, ex.Status);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task A_callers_client_that_follows_a_redirect_to_another_origin_gets_no_body_back()
    {
        using var elsewhere = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, Samples.Integration)), s_otherHost);
        using var api = new HostileServer(a => a.WriteAsync(
            HostileServer.Head("302 Found", $"Location: {elsewhere.Origin}/api/v1/integrations/i1?sig=abc", "Content-Length: 0")));
        using var handler = new HttpClientHandler { AllowAutoRedirect = true };
        using var http = new HttpClient(handler);
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = api.ApiKey, OrganizationId = TestKeys.Org }, http);

        var ex = await Assert.ThrowsAsync<OpenAppTransportException>(() => client.Integrations.GetAsync("i1"));

        // The caller's handler did follow (its choice); the SDK refuses the other origin's answer.
        Assert.Single(elsewhere.Requests);
        Assert.Contains("redirected to another origin", ex.Message, StringComparison.Ordinal);
        Assert.Contains(elsewhere.Origin, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=abc", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowAutoRedirect", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, ex.Status);
        Assert.Single(api.Requests); // not retried
    }

    [Fact]
    public async Task A_callers_client_that_follows_a_redirect_within_the_api_origin_gets_the_answer()
    {
        HostileServer? api = null;
        api = new HostileServer(a => a.RequestHead.StartsWith("GET /api/v1/integrations/old-id ", StringComparison.Ordinal)
            ? a.WriteAsync(HostileServer.Head("301 Moved", $"Location: {api!.Origin}/api/v1/integrations/i1", "Content-Length: 0"))
            : a.WriteAsync(HostileServer.Json(200, Samples.Integration)));
        using (api)
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = true };
            using var http = new HttpClient(handler);
            using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = api.ApiKey, OrganizationId = TestKeys.Org }, http);

            var integration = await client.Integrations.GetAsync("old-id");

            Assert.Equal(Samples.IntegrationId, integration.Value.Id);
            Assert.Equal(2, api.Requests.Count);
        }
    }
}
