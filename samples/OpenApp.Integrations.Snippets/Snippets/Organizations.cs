using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Snippets;

/// <summary>Organizations: the client's default, a scoped client for another one, and a per-call override.</summary>
internal static class Organizations
{
    public static async Task RunAsync(string apiKey, string organizationId, string otherOrganizationId)
    {
        using var client = new OpenAppClient(apiKey, organizationId);

        // A scoped client shares the connection and settings; the original keeps its organization.
        var other = client.ForOrganization(otherOrganizationId);
        var mine = (await client.Integrations.GetAsync("i001")).Value;
        var theirs = (await other.Integrations.GetAsync("i001")).Value;
        Console.WriteLine($"default org: {mine.Id} belongs to {mine.OrgId}");
        Console.WriteLine($"scoped org:  {theirs.Id} belongs to {theirs.OrgId}");

        // One call for another organization, without a scoped client.
        var once = await client.Integrations.GetAsync(
            "i002",
            requestOptions: new OpenAppRequestOptions { OrganizationId = otherOrganizationId });
        Console.WriteLine($"per call:    {once.Value.Id} belongs to {once.Value.OrgId}");
    }
}
