using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Errors;

/// <summary>Every error status 400-599 becomes the exception type callers branch on, carrying every field.</summary>
public sealed class StatusMappingTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _fake;

    public StatusMappingTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    public static TheoryData<int> ErrorStatuses()
    {
        var data = new TheoryData<int>();
        for (var status = 400; status <= 599; status++)
        {
            data.Add(status);
        }

        return data;
    }

    private static Type Expected(int status) => status switch
    {
        400 or 422 => typeof(OpenAppValidationException),
        401 => typeof(OpenAppAuthenticationException),
        403 => typeof(OpenAppPermissionException),
        404 => typeof(OpenAppNotFoundException),
        409 => typeof(OpenAppConflictException),
        426 => typeof(OpenAppUpgradeRequiredException),
        429 => typeof(OpenAppRateLimitException),
        >= 500 => typeof(OpenAppServerException),
        _ => typeof(OpenAppApiException),
    };

    [Theory]
    [MemberData(nameof(ErrorStatuses))]
    public async Task Each_status_maps_to_its_exception_with_the_fields_it_carries(int status)
    {
        var body = $$"""{"error_code":"code_{{status}}","message":"Message for {{status}}","correlationId":"corr-{{status}}","details":{"field":"name"},"extra":1}""";
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("X-Request-Id", $"req-{status}")
                .WithHeader("Retry-After", "7")
                .WithBody(body));
        using var client = _fake.CreateClient(configure: o => o.Retry.MaxRetries = 0);

        var ex = await Assert.ThrowsAnyAsync<OpenAppApiException>(() =>
            client.Integrations.GetAsync("i1", new ReadOptions { IncludeDeleted = true }));

        Assert.Equal(Expected(status), ex.GetType());
        Assert.Equal(status, ex.Status);
        Assert.Equal($"code_{status}", ex.ErrorCode);
        Assert.Equal($"Message for {status}", ex.ServerMessage);
        Assert.Equal($"corr-{status}", ex.CorrelationId);
        Assert.Equal($"req-{status}", ex.RequestId);
        Assert.Equal(body, ex.RawBody);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Equal($"req-{status}", ex.ResponseHeaders["x-request-id"]);
        Assert.Equal("application/json", ex.ResponseHeaders["content-type"]);
        Assert.Equal("get_integration", ex.OperationName);
        Assert.Equal("GET", ex.Method);
        Assert.Equal(new Uri(_fake.ApiRoot + "/integrations/i1"), ex.RequestUri);
        Assert.Equal(string.Empty, ex.RequestUri!.Query);
        Assert.False(ex.IsQuotaExceeded);
        Assert.False(ex.IsConfirmationRequired);
        Assert.Contains($"status {status}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"code_{status}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"Message for {status}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("include_deleted", ex.ToString(), StringComparison.Ordinal);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Gateway_html_keeps_the_status_and_the_text()
    {
        var html = "<html><head><title>502 Bad Gateway</title></head><body>" + new string('x', 10_000) + "</body></html>";
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody(html));
        using var client = _fake.CreateClient(configure: o => o.Retry.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<OpenAppServerException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal(502, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.StartsWith("<html><head><title>502 Bad Gateway", ex.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(OpenAppApiException.MaxRawBodyLength, ex.RawBody!.Length);
        Assert.Equal(html[..OpenAppApiException.MaxRawBodyLength], ex.RawBody);
    }

    [Fact]
    public async Task An_empty_error_body_falls_back_to_the_correlation_id_that_was_sent()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404));
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppNotFoundException>(() =>
            client.Integrations.GetAsync("i1", requestOptions: new OpenAppRequestOptions { CorrelationId = "mine-1" }));

        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.ServerMessage);
        Assert.Null(ex.RawBody);
        Assert.Equal("mine-1", ex.CorrelationId);
    }

    [Fact]
    public async Task The_code_field_and_a_response_correlation_header_are_read_too()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("X-Correlation-Id", "from-header")
                .WithBody("""{"code":"org_access_denied","message":"No access to this organization"}"""));
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppPermissionException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal("org_access_denied", ex.ErrorCode);
        Assert.Equal("from-header", ex.CorrelationId);
    }

    [Fact]
    public async Task Any_2xx_is_a_success_even_one_the_contract_does_not_declare()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1/people").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202));
        using var client = _fake.CreateClient();

        var response = await client.Integrations.People.AddAsync(
            "i1", new global::OpenApp.Integrations.Models.AddBuildingUserPayload { UserId = "u1", Role = "resident" });

        Assert.Equal(202, response.Status);
    }
}
