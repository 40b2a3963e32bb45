namespace OpenApp.Integrations.Snippets;

/// <summary>Paging: walk a list page by page with offset and total.</summary>
internal static class Paging
{
    public static async Task RunAsync(string apiKey, string organizationId)
    {
        using var client = new OpenAppClient(apiKey, organizationId);

        var options = new ListIntegrationsOptions { Limit = 100 };
        var seen = 0;
        while (true)
        {
            var page = (await client.Integrations.ListAsync(options)).Value;
            seen += page.Items.Count;
            Console.WriteLine($"offset {page.Offset}: {page.Items.Count} items (asked for {page.Limit}), {seen} of {page.Total}");

            // Servers may return fewer items than asked for: advance by what arrived, stop at the total.
            if (!page.HasMore)
            {
                break;
            }

            options.Offset = page.NextOffset;
        }
    }
}
