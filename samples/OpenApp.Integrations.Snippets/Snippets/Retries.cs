using Microsoft.Extensions.Logging;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing;

namespace OpenApp.Integrations.Snippets;

/// <summary>
/// Retries: GET, PUT and DELETE are retried on 408/429/5xx, network errors and attempt timeouts; a POST or PATCH
/// only when it carries an Idempotency-Key. Each retry is logged as a warning (event 1003) and counted in the
/// openapp.client.retries metric. See docs/resilience.md.
/// </summary>
internal static class Retries
{
    public static async Task RunAsync(string apiKey, string organizationId, FakeOpenAppServer? fake)
    {
        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = apiKey,
            OrganizationId = organizationId,
            LoggerFactory = loggerFactory,
            Retry =
            {
                MaxRetries = 3,                             // retries after the first attempt; 0 turns them off
                BaseDelay = TimeSpan.FromMilliseconds(200), // doubles on each retry, with jitter
                MaxDelay = TimeSpan.FromSeconds(5),
                AttemptTimeout = TimeSpan.FromSeconds(10),  // one attempt, response body included
                OverallTimeout = TimeSpan.FromSeconds(30),  // the whole call, all attempts and delays
            },
        });

        // Against the fake only: the next create fails with 503 once.
        fake?.FailNext(1, 503, route: "create_integration");

        // The same Idempotency-Key goes out on every attempt, so the server applies the create once: safe to retry.
        var request = new CreateIntegrationRequest { ProviderType = "virtual_access", Name = LocalizedString.FromLocale("en", "Side gate") };
        var created = await client.Integrations.CreateAsync(request, requestOptions: new OpenAppRequestOptions { IdempotencyKey = Guid.NewGuid().ToString() });
        Console.WriteLine($"created {created.Value.Id} (correlation id {created.CorrelationId})");

        if (fake is not null)
        {
            var attempts = fake.RequestsFor("create_integration");
            Console.WriteLine($"{attempts.Count} attempts, answered {string.Join(", ", attempts.Select(a => a.ResponseStatus))}; " +
                $"same Idempotency-Key on each: {attempts.All(a => a.IdempotencyKey == attempts[0].IdempotencyKey)}");

            // Without a key a POST is sent once (the server may have applied it even when no answer came back).
            fake.FailNext(1, 503, route: "create_integration");
            try
            {
                await client.Integrations.CreateAsync(request);
            }
            catch (OpenAppServerException ex)
            {
                Console.WriteLine($"without a key: {ex.Status}, {fake.RequestsFor("create_integration").Count - attempts.Count} attempt, not retried");
            }
        }
    }
}
