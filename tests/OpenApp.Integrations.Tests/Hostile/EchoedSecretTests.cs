using Microsoft.Extensions.Logging.Testing;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Tests.Diagnostics;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Hostile;

/// <summary>
/// A server that echoes the credential back (in an error message, a raw body, a Location or X-Request-Id header) does
/// not get it into exception messages, ToString(), ServerMessage, RawBody, kept headers or any log event, whichever way
/// the credential was given: the ApiKey option, <c>OpenAppCredential.FromApiKey</c>, or a token provider.
/// </summary>
public sealed class EchoedSecretTests
{
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.PLANTED-jwt-payload.c2lnbmF0dXJl";

    public static TheoryData<string, bool> Credentials()
    {
        var data = new TheoryData<string, bool>();
        foreach (var credential in new[] { "api key option", "FromApiKey", "token provider" })
        {
            data.Add(credential, false);
            data.Add(credential, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task An_echoed_credential_is_scrubbed_from_errors_and_logs(string credential, bool logging)
    {
        HostileServer? server = null;
        server = new HostileServer(a =>
        {
            var echoed = Echo(a.RequestHead);
            var body = $$"""{"error_code":"invalid_key","message":"API key {{echoed}} is not valid","details":"{{echoed}}"}""";
            return a.WriteAsync(HostileServer.Json(401, body, $"Location: {server!.Origin}/login?key={echoed}", $"X-Request-Id: req-{echoed}"));
        });
        using (server)
        {
            using var logs = new CapturedLogs();
            var options = new OpenAppClientOptions { OrganizationId = TestKeys.Org };
            switch (credential)
            {
                case "api key option":
                    options.ApiKey = server.ApiKey;
                    break;
                case "FromApiKey":
                    options.Credential = OpenAppCredential.FromApiKey(server.ApiKey);
                    break;
                default:
                    options.BaseUrl = new Uri(server.Origin + "/api/v1");
                    options.Credential = OpenAppCredential.FromTokenProvider(_ => new ValueTask<string>(Token));
                    break;
            }

            if (logging)
            {
                options.LoggerFactory = logs.Factory;
                options.Logging.LogBodies = true;
            }

            using var client = new OpenAppClient(options);

            var ex = await Assert.ThrowsAsync<OpenAppAuthenticationException>(() => client.Integrations.GetAsync("i1"));

            // The secret really went out and came back: the scrubbing below is what kept it in.
            var sent = credential == "token provider" ? Token : TestKeys.Secret;
            Assert.Contains(sent, server.Requests[0], StringComparison.Ordinal);
            foreach (var text in new[] { ex.Message, ex.ToString(), ex.ServerMessage!, ex.RawBody!, string.Join("\n", ex.ResponseHeaders.Values) })
            {
                Assert.DoesNotContain(sent, text, StringComparison.Ordinal);
                Assert.DoesNotContain(server.ApiKey, text, StringComparison.Ordinal);
            }

            Assert.Contains("[redacted]", ex.ServerMessage, StringComparison.Ordinal);
            Assert.Contains("[redacted]", ex.ResponseHeaders["location"], StringComparison.Ordinal);
            Assert.Contains("[redacted]", ex.ResponseHeaders["x-request-id"], StringComparison.Ordinal);
            if (logging)
            {
                Assert.NotEmpty(logs.WithEvent(OpenAppDiagnostics.LogEvents.RequestFailed));
                Assert.NotEmpty(logs.WithEvent(OpenAppDiagnostics.LogEvents.ResponseBody));
                foreach (var record in logs.Records)
                {
                    foreach (var text in CapturedLogs.Texts(record))
                    {
                        Assert.DoesNotContain(sent, text, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task A_success_body_that_cannot_be_decoded_does_not_show_an_echoed_key_in_its_excerpt()
    {
        using var server = new HostileServer(a => a.WriteAsync(HostileServer.Json(200, "<html>your key " + Echo(a.RequestHead) + " is fine</html>")));
        using var client = new OpenAppClient(new OpenAppClientOptions { ApiKey = server.ApiKey, OrganizationId = TestKeys.Org });

        var ex = await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.GetAsync("i1"));

        Assert.Contains("[redacted]", ex.BodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.BodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Secret, ex.ToString(), StringComparison.Ordinal);
    }

    // The credential as the server received it: the X-API-Key value or the Bearer token.
    private static string Echo(string requestHead)
    {
        foreach (var line in requestHead.Split("\r\n"))
        {
            if (line.StartsWith("X-API-Key:", StringComparison.OrdinalIgnoreCase))
            {
                return line["X-API-Key:".Length..].Trim();
            }

            if (line.StartsWith("Authorization: Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return line["Authorization: Bearer ".Length..].Trim();
            }
        }

        return "(none)";
    }
}
