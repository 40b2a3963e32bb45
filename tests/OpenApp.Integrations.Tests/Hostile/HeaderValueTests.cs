using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// A header value the caller controls that is not printable ASCII is an <see cref="ArgumentException"/> naming the
/// parameter before anything is sent; it used to fail inside the handler, be retried as a network error for seconds
/// and end as "could not reach the server".
/// </summary>
public sealed class HeaderValueTests : IDisposable
{
    private readonly HostileServer _server = new(a => a.WriteAsync(HostileServer.Json(200, Samples.Integration)));

    public static TheoryData<string, string> BadValues() => new()
    {
        { "organization id", "01HZX3K9Q7ORGÄÄÄÄÄÄÄÄÄÄÄÄÄ" },
        { "organization id", "org\u0007bell" },
        { "per-call organization id", "örg" },
        { "idempotency key", "key-☃" },
        { "correlation id", "corr\tid" },
        { "correlation id", "corr-😀" },
        { "custom header", "value-é" },
        { "custom header", "line\r\nX-Injected: 1" },
        { "confirmation token", "tök" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_header_value_outside_printable_ascii_is_rejected_before_sending(string where, string value)
    {
        var ex = await Record.ExceptionAsync(async () =>
        {
            var options = new OpenAppClientOptions { ApiKey = _server.ApiKey, OrganizationId = where == "organization id" ? value : TestKeys.Org };
            using var client = new OpenAppClient(options);
            var request = new OpenAppRequestOptions();
            switch (where)
            {
                case "per-call organization id":
                    request.OrganizationId = value;
                    break;
                case "idempotency key":
                    request.IdempotencyKey = value;
                    break;
                case "correlation id":
                    request.CorrelationId = value;
                    break;
                case "custom header":
                    request.Headers["X-Trace"] = value;
                    break;
                case "confirmation token":
                    request.ConfirmationToken = value;
                    break;
                default:
                    break;
            }

            await client.Integrations.GetAsync("i1", requestOptions: request);
        });

        var argument = Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.NotNull(argument.ParamName);
        Assert.Contains("printable ASCII", argument.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, argument.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("http://bücher.example_openapp_s3cr3t-s3cr3t")]
    [InlineData("https://openapp.house_openapp_s3cr3t-ü-s3cr3t")]
    [InlineData("https://openapp.house_openapp_s3cr3t\u0000s3cr3t")]
    public void A_key_with_characters_outside_printable_ascii_is_rejected_at_construction(string key)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new OpenAppClient(key, TestKeys.Org));

        Assert.Contains("printable ASCII", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_provider_that_returns_a_non_ascii_token_fails_with_an_argument_exception_and_sends_nothing()
    {
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            BaseUrl = new Uri(_server.Origin + "/api/v1"),
            OrganizationId = TestKeys.Org,
            Credential = OpenAppCredential.FromTokenProvider(_ => new ValueTask<string>("jwt-ümlaut")),
        });

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Integrations.GetAsync("i1"));

        Assert.Equal("token", ex.ParamName);
        Assert.Empty(_server.Requests);
    }

    public void Dispose() => _server.Dispose();
}
