using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApp.Integrations.Tests.Infrastructure;

/// <summary>One WireMock server per test class (xunit class fixture); tests call <see cref="Reset"/> first.</summary>
public sealed class WireMockFixture : IDisposable
{
    public WireMockFixture()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    /// <summary>The API root on the fake, e.g. http://127.0.0.1:12345/api/v1.</summary>
    public Uri ApiRoot => new(Server.Urls[0] + "/api/v1");

    /// <summary>An API key whose origin is the fake server.</summary>
    public string ApiKey => Server.Urls[0] + "_openapp_" + TestKeys.Secret;

    public void Reset() => Server.Reset();

    public OpenAppClient CreateClient(string? organizationId = TestKeys.Org, Action<OpenAppClientOptions>? configure = null)
    {
        var options = new OpenAppClientOptions { ApiKey = ApiKey, OrganizationId = organizationId };
        configure?.Invoke(options);
        return new OpenAppClient(options);
    }

    /// <summary>
    /// Answers every request with <paramref name="status"/> and <paramref name="json"/> (or no body). The wire assertions
    /// check method and path afterwards, so a wrong route fails with a clear message instead of a 404.
    /// </summary>
    public void RespondToAny(int status, string? json = null)
    {
        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        // Lowest precedence, so a test can add specific routes (lower numbers win).
        Server.Given(Request.Create().UsingAnyMethod()).AtPriority(1000).RespondWith(response);
    }

    /// <summary>
    /// Like <see cref="RespondToAny"/>, after checking that <paramref name="json"/> fits the bundle's schema for the
    /// operation's <paramref name="status"/> response (when the bundle declares one): samples stay shaped like the contract.
    /// </summary>
    public async Task RespondAsync(string operationId, int status, string? json)
    {
        if (json is not null && BundleDocument.Operation(operationId).ResponseSchema(status) is not null)
        {
            await BundleSchemas.ValidateResponseBodyAsync(operationId, status, json);
        }

        RespondToAny(status, json);
    }

    /// <summary>
    /// Answers the requests whose query has <paramref name="key"/>=<paramref name="value"/> (e.g. one page of a walk),
    /// after checking <paramref name="json"/> against the bundle like <see cref="RespondAsync"/>.
    /// </summary>
    public async Task RespondToQueryAsync(string operationId, string key, string value, int status, string json)
    {
        await BundleSchemas.ValidateResponseBodyAsync(operationId, status, json);
        Server.Given(Request.Create().UsingAnyMethod().WithParam(key, value))
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));
    }

    public void Dispose() => Server.Stop();
}

/// <summary>Values shared by the tests.</summary>
public static class TestKeys
{
    /// <summary>A secret that must never appear in messages or logs.</summary>
    public const string Secret = "PLANTED-s3cr3t-9f8e7d6c5b4a";

    public const string Org = "01HZX3K9Q7ORGAAAAAAAAAAAAA";

    public const string OtherOrg = "01HZX3K9Q7ORGBBBBBBBBBBBBB";
}
