using OpenApp.Integrations.Errors;

namespace OpenApp.Integrations.Snippets;

/// <summary>Error handling: bad input, error responses and no response at all.</summary>
internal static class ErrorHandling
{
    public static async Task RunAsync(string apiKey, string organizationId)
    {
        using var client = new OpenAppClient(apiKey, organizationId);

        try
        {
            await client.Integrations.GetAsync("does-not-exist");
        }
        catch (OpenAppApiException ex) when (ex.Status == 404)
        {
            // Status, the server's error code and message, and ids to quote to support.
            Console.WriteLine($"not found: {ex.ErrorCode} / {ex.ServerMessage}");
            Console.WriteLine($"  correlation id {ex.CorrelationId}, request id {ex.RequestId}");
        }
        catch (OpenAppApiException ex) when (ex.Status is 401 or 403)
        {
            Console.WriteLine($"check the API key and organization: {ex.Message}");
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

        using var unreachable = new OpenAppClient("http://127.0.0.1:9_openapp_not-a-real-secret", organizationId);
        try
        {
            await unreachable.Integrations.GetAsync("i001");
        }
        catch (OpenAppTransportException ex)
        {
            // No response arrived (connection refused, DNS, timeout): Status is 0.
            Console.WriteLine($"no response (status {ex.Status}): {ex.Message}");
        }
    }
}
