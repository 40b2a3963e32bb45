using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using OpenApp.Integrations.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static OpenApp.Integrations.Tests.Security.SecretScanner;

namespace OpenApp.Integrations.Tests.Security;

/// <summary>
/// The API key, the auth headers and the <c>secrets</c> of writes never show in exception messages, ToString() of any
/// SDK object, or diagnostic output. Each test first proves the secret really went on the wire.
/// </summary>
public sealed class SecretLeakTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public SecretLeakTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    private static JsonElement SecretsJson => JsonDocument.Parse($$"""{"password":"{{PayloadSecret}}","token":"{{PayloadSecret}}"}""").RootElement;

    private static CreateIntegrationRequest CreateRequest() => new()
    {
        ProviderType = "virtual_access",
        Name = LocalizedString.FromText("Lobby"),
        Secrets = SecretsJson,
    };

    public static TheoryData<int, ApiKeyHeader> Failures()
    {
        var data = new TheoryData<int, ApiKeyHeader>();
        foreach (var status in new[] { 400, 401, 403, 404, 409, 418, 422, 426, 429, 500, 502, 503 })
        {
            data.Add(status, status % 2 == 0 ? ApiKeyHeader.XApiKey : ApiKeyHeader.AuthorizationBearer);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Api_exceptions_of_every_type_carry_no_secret(int status, ApiKeyHeader header)
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations*").UsingAnyMethod())
            .RespondWith(ServerScript.Json(status, """{"error_code":"nope","message":"Rejected","preview_token":"pt"}""").WithHeader("X-Request-Id", "r1"));
        using var client = _fake.CreateClient(configure: o =>
        {
            o.ApiKeyHeader = header;
            o.Retry.MaxRetries = 0;
        });

        var create = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.CreateAsync(CreateRequest()));
        var update = await Assert.ThrowsAnyAsync<OpenAppApiException>(() =>
            client.Integrations.UpdateAsync("i1", new UpdateIntegrationRequest { Secrets = SecretsJson }));

        AssertSecretsWereSent(header);
        AssertClean(create);
        AssertClean(update);
        AssertClean(create.CreateConfirmation(), "confirmation options");
    }

    [Fact]
    public async Task Transport_timeout_and_serialization_exceptions_carry_no_secret()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations").UsingPost())
            .RespondWith(ServerScript.Json(200, "<html>not json</html>"));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/slow").UsingPut()).RespondWith(ServerScript.Stall(arrived, release.Task));
        var clock = new TestClock();
        using var client = _fake.CreateClient(clock, r =>
        {
            r.MaxRetries = 0;
            r.AttemptTimeout = TimeSpan.FromSeconds(1);
        });
        using var refused = new OpenAppClient(new OpenAppClientOptions { ApiKey = "http://127.0.0.1:1_openapp_" + TestKeys.Secret, Retry = { MaxRetries = 0 } });
        try
        {
            var serialization = await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.CreateAsync(CreateRequest()));
            var timeout = await Assert.ThrowsAsync<OpenAppTransportException>(() =>
                clock.DriveAsync(client.Integrations.UpdateAsync("slow", new UpdateIntegrationRequest { Secrets = SecretsJson }), d => d == TimeSpan.FromSeconds(1)));
            var unreachable = await Assert.ThrowsAsync<OpenAppTransportException>(() => refused.Integrations.ListProviderTypesAsync());

            AssertSecretsWereSent(ApiKeyHeader.XApiKey);
            AssertClean(serialization);
            AssertClean(serialization.BodyExcerpt, "BodyExcerpt");
            AssertClean(timeout);
            AssertClean(unreachable);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task Argument_and_cancellation_exceptions_carry_no_secret()
    {
        using var client = _fake.CreateClient();
        var exceptions = new List<Exception>
        {
            Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient("https://openapp.house/x_openapp_" + TestKeys.Secret)),
            Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(TestKeys.Secret)),
            Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient("https://openapp.house_openapp_" + TestKeys.Secret + "\nX-Evil: 1")),
            Assert.ThrowsAny<ArgumentException>(() => OpenAppCredential.FromBearerToken(TestKeys.Secret + "\r\n")),
            Assert.ThrowsAny<ArgumentException>(() => new RequestSpec(HttpMethod.Get, "/x", "x")
                .Apply(new OpenAppRequestOptions { Headers = { ["X-API-Key"] = TestKeys.Secret } })),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Integrations.GetAsync("i1",
                requestOptions: new OpenAppRequestOptions { Headers = { ["X-Token"] = TestKeys.Secret + "\r\n" } })),
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                client.Integrations.CreateAsync(CreateRequest(), cancellationToken: new CancellationToken(true))),
        };

        Assert.All(exceptions, AssertClean);
    }

    [Fact]
    public async Task Sdk_objects_describe_themselves_without_secrets()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations").UsingPost()).RespondWith(ServerScript.Json(200, ServerScript.IntegrationJson));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations").UsingGet())
            .RespondWith(ServerScript.Json(200, "{\"items\":[" + ServerScript.IntegrationJson + "],\"total\":1}"));
        var options = new OpenAppClientOptions { ApiKey = _fake.ApiKey, OrganizationId = TestKeys.Org };
        using var client = new OpenAppClient(options);
        using var bearer = new OpenAppClient(new OpenAppClientOptions
        {
            Credential = OpenAppCredential.FromBearerToken(TestKeys.Secret),
            BaseUrl = _fake.ApiRoot,
        });
        var request = CreateRequest();
        var spec = new RequestSpec(HttpMethod.Post, "/integrations", "create_integration")
        {
            Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<CreateIntegrationRequest>()),
            IdempotencyKey = "k",
        }.AddHeader("X-Trace", "t");

        var created = await client.Integrations.CreateAsync(request);
        var page = await client.Integrations.ListAsync();

        AssertSecretsWereSent(ApiKeyHeader.XApiKey);
        var objects = new Dictionary<string, object?>
        {
            ["options"] = options,
            ["retry options"] = options.Retry,
            ["client"] = client,
            ["bearer client"] = bearer,
            ["transport"] = client.Transport,
            ["bearer transport"] = bearer.Transport,
            ["scoped client"] = client.ForOrganization(TestKeys.OtherOrg),
            ["integrations client"] = client.Integrations,
            ["spec"] = spec,
            ["body"] = spec.Body,
            ["request"] = request,
            ["request secrets field"] = request.SecretsOnWire,
            ["api key"] = OpenAppApiKey.Parse(_fake.ApiKey),
            ["api key credential"] = OpenAppCredential.FromApiKey(_fake.ApiKey),
            ["bearer credential"] = OpenAppCredential.FromBearerToken(TestKeys.Secret),
            ["response"] = created,
            ["response value"] = created.Value,
            ["page response"] = page,
            ["page"] = page.Value,
            ["error details"] = new ApiErrorDetails { Status = 401, ErrorCode = "bad_key", RawBody = "{}" },
        };

        foreach (var (name, value) in objects)
        {
            AssertClean(value, name);
        }

        AssertClean(string.Join(";", created.Headers.Select(h => h.Key + ":" + h.Value)), "response headers");
    }

    [Fact]
    public async Task Network_and_polly_diagnostic_events_carry_no_secret()
    {
        using var capture = new EventCapture();
        _fake.Server.Sequence(
            Request.Create().WithPath("/api/v1/integrations/i1").UsingPut(),
            ServerScript.Json(503, "{}"),
            ServerScript.Json(200, ServerScript.IntegrationJson));
        var clock = new TestClock();
        using var client = _fake.CreateClient(clock);

        await clock.DriveAsync(client.Integrations.UpdateAsync("i1", new UpdateIntegrationRequest { Secrets = SecretsJson }));

        Assert.Contains(_fake.Server.LogEntries, e => e.RequestMessage!.Body!.Contains(PayloadSecret, StringComparison.Ordinal));
        Assert.NotEmpty(capture.Events);
        foreach (var e in capture.Events)
        {
            AssertClean(e, "event");
        }
    }

    /// <summary>Proves the test is meaningful: the secrets did go out, in the auth header and the body.</summary>
    private void AssertSecretsWereSent(ApiKeyHeader header)
    {
        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.NotEmpty(entries);
        var auth = header == ApiKeyHeader.XApiKey ? "X-API-Key" : "Authorization";
        Assert.Contains(entries, r => r.Headers!.TryGetValue(auth, out var v) && v.Single().Contains(TestKeys.Secret, StringComparison.Ordinal));
        Assert.Contains(entries, r => r.Body?.Contains(PayloadSecret, StringComparison.Ordinal) == true);
    }
}
