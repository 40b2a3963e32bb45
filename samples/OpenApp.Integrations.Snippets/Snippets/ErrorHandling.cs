using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing;

namespace OpenApp.Integrations.Snippets;

/// <summary>
/// Error handling: one exception type per kind of failure (all <see cref="OpenAppApiException"/> when the server
/// answered), <see cref="ArgumentException"/> before sending, <see cref="OpenAppTransportException"/> when nothing
/// answers. The full table is in docs/resilience.md.
/// </summary>
internal static class ErrorHandling
{
    public static async Task RunAsync(string apiKey, string organizationId, FakeOpenAppServer? fake)
    {
        using var client = new OpenAppClient(apiKey, organizationId);

        try
        {
            await client.Integrations.GetAsync("does-not-exist");
        }
        catch (OpenAppNotFoundException ex)
        {
            // Status, the server's error code and message, and ids to quote to support.
            Console.WriteLine($"not found: {ex.Status} {ex.ErrorCode} / {ex.ServerMessage}");
            Console.WriteLine($"  correlation id {ex.CorrelationId}, request id {ex.RequestId}");
        }

        try
        {
            await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "no_such_provider" });
        }
        catch (OpenAppValidationException ex)
        {
            Console.WriteLine($"rejected by the server: {ex.Status} {ex.ErrorCode} / {ex.ServerMessage}");
        }

        if (fake is not null)
        {
            // Against the fake only: a 429 asking for 5 minutes, more than Retry.MaxRetryAfter (60 s), so the SDK
            // does not wait; RetryAfter says when to try again. A quota (IsQuotaExceeded) is never retried.
            fake.FailNext(1, 429, route: "list_integrations", retryAfter: TimeSpan.FromMinutes(5));
            try
            {
                await client.Integrations.ListAsync();
            }
            catch (OpenAppRateLimitException ex)
            {
                Console.WriteLine($"rate limited: retry after {ex.RetryAfter}, quota exceeded: {ex.IsQuotaExceeded}");
            }
        }

        try
        {
            await client.Integrations.GetAsync("  ");
        }
        catch (ArgumentException ex)
        {
            // Bad arguments are rejected before anything is sent.
            Console.WriteLine($"rejected locally: {ex.ParamName}: {ex.Message}");
        }

        // Nothing listens on port 9. Retries off, so the call fails at once instead of backing off first.
        using var unreachable = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = "http://127.0.0.1:9_openapp_not-a-real-secret",
            OrganizationId = organizationId,
            Retry = { MaxRetries = 0 },
        });
        try
        {
            await unreachable.Integrations.ListAsync();
        }
        catch (OpenAppTransportException ex)
        {
            // No response arrived (connection refused, DNS, TLS, timeout): Status is 0, the cause is InnerException.
            Console.WriteLine($"no response (status {ex.Status}): {ex.InnerException?.Message}");
        }
    }
}
