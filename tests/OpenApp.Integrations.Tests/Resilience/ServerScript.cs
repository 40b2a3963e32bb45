using OpenApp.Integrations.Tests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApp.Integrations.Tests.Resilience;

/// <summary>Helpers that script WireMock answers and build clients on a <see cref="TestClock"/>.</summary>
public static class ServerScript
{
    public const string IntegrationJson =
        """{"id":"i1","org_id":"o","provider_type":"virtual_access","name":{"en":"Lobby"},"enabled":true,"health":"ok","provider_type_name":{"en":"X"}}""";

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public static IResponseBuilder Error(int status, string errorCode, string message = "failed") =>
        Json(status, $$"""{"error_code":"{{errorCode}}","message":"{{message}}"}""");

    /// <summary>Answers successive requests matching <paramref name="request"/> with <paramref name="responses"/> in
    /// order; the last answer repeats.</summary>
    public static void Sequence(this WireMockServer server, IRequestBuilder request, params IResponseBuilder[] responses)
    {
        var scenario = "seq-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = server.Given(request).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs("s" + i);
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo("s" + (i + 1));
            }

            mapping.RespondWith(responses[i]);
        }
    }

    /// <summary>A response that stalls until <paramref name="release"/> completes (the server holds the request),
    /// and reports when the request arrived.</summary>
    public static IResponseBuilder Stall(TaskCompletionSource arrived, Task release) =>
        Response.Create().WithCallback(async _ =>
        {
            arrived.TrySetResult();
            await release.ConfigureAwait(false);
            return new ResponseMessage { StatusCode = 200 };
        });

    /// <summary>A client on <paramref name="clock"/> with jitter and timeouts off unless <paramref name="retry"/> says
    /// otherwise, so every timer it arms is a backoff delay.</summary>
    public static OpenAppClient CreateClient(this WireMockFixture fake, TestClock clock, Action<OpenAppRetryOptions>? retry = null) =>
        fake.CreateClient(configure: options =>
        {
            options.TimeProvider = clock;
            options.Retry = new OpenAppRetryOptions { UseJitter = false, AttemptTimeout = null, OverallTimeout = null };
            retry?.Invoke(options.Retry);
        });

    public static string Header(this WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.TryGetValue(name, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"No {name} header.");

    public static bool HasHeader(this WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.ContainsKey(name);
}
