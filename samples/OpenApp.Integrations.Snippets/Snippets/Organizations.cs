using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Snippets;

/// <summary>Organizations: the client's default, a scoped client for another one, and a per-call override.</summary>
internal static class Organizations
{
    public static async Task RunAsync(string apiKey, string organizationId, string otherOrganizationId)
    {
        using var client = new OpenAppClient(apiKey, organizationId);
        var one = new ListIntegrationsOptions { Limit = 1 };

        // A scoped client shares the connection and settings; the original keeps its organization.
        var other = client.ForOrganization(otherOrganizationId);
        var mine = (await client.Integrations.ListAsync(one)).Value;
        var theirs = (await other.Integrations.ListAsync(one)).Value;
        Console.WriteLine($"default org: {mine.Total} integrations, {Owner(mine)}");
        Console.WriteLine($"scoped org:  {theirs.Total} integrations, {Owner(theirs)}");

        // One call for another organization, without a scoped client.
        var once = (await client.Integrations.ListAsync(one, new OpenAppRequestOptions { OrganizationId = otherOrganizationId })).Value;
        Console.WriteLine($"per call:    {once.Total} integrations, {Owner(once)}");
    }

    private static string Owner(Page<IntegrationResponse> page) => page.Items.Count > 0 ? "owned by " + page.Items[0].OrgId : "(none to show)";
}
