namespace OpenApp.Integrations.Snippets;

/// <summary>Hello world: one client, one call.</summary>
internal static class HelloWorld
{
    public static async Task RunAsync(string apiKey, string organizationId)
    {
        // The key names its server ("{origin}_openapp_{secret}"); the organization goes out as X-Org.
        using var client = new OpenAppClient(apiKey, organizationId);

        var page = await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 5 });

        Console.WriteLine($"{page.Value.Total} integrations; the first {page.Value.Items.Count}:");
        foreach (var integration in page.Value.Items)
        {
            Console.WriteLine($"  {integration.Id}  {integration.Name.Get("en")}  ({integration.ProviderType})");
        }

        Console.WriteLine($"request id: {page.RequestId}");
    }
}
