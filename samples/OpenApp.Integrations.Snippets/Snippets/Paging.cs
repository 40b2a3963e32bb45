
namespace OpenApp.Integrations.Snippets;

/// <summary>
/// Paging: one page, every item, every page, and a look-up by name. Servers may send fewer items than asked for,
/// so the SDK advances by what arrived (NextOffset) and stops at the total.
/// </summary>
internal static class Paging
{
    public static async Task RunAsync(string apiKey, string organizationId)
    {
        using var client = new OpenAppClient(apiKey, organizationId);

        // One page.
        var page = (await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 100 })).Value;
        Console.WriteLine($"one page: {page.Items.Count} items (asked for {page.Limit}) of {page.Total}; more: {page.HasMore}, next offset {page.NextOffset}");

        // Every item: pages are requested lazily as the loop advances.
        var count = 0;
        await foreach (var integration in client.Integrations.ListAllAsync(new ListIntegrationsOptions { Limit = 100 }))
        {
            count++;
        }

        Console.WriteLine($"every item: {count}");

        // Every page, each with its response (request id, headers).
        await foreach (var response in client.Integrations.ListAllAsync().AsPages())
        {
            Console.WriteLine($"  page at {response.Value.Offset}: {response.Value.Items.Count} items, request id {response.RequestId}");
        }

        // One integration by name: case-insensitive, in any locale; throws when none or several match.
        var name = page.Items.Count > 0 ? page.Items[^1].Name.DefaultText : null;
        if (name is not null)
        {
            try
            {
                var found = await client.Integrations.GetByNameAsync(name);
                Console.WriteLine($"by name: '{name}' is {found.Value.Id}");
            }
            catch (OpenAppAmbiguousNameException ex)
            {
                Console.WriteLine($"by name: '{name}' matches {ex.MatchIds.Count} integrations");
            }
        }
    }
}
