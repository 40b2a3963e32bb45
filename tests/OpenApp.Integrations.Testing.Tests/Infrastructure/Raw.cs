using System.Text;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Testing.Tests.Infrastructure;

/// <summary>Requests the SDK's façade would never send, through the SDK's own transport (so auth and headers stay real).</summary>
public static class Raw
{
    /// <summary>A JSON body from text.</summary>
    public static RequestBody Body(string json) => RequestBody.FromJson(Json.Parse(json));

    public static RequestSpec Spec(HttpMethod method, string path, string operationName = "raw_call", bool requiresOrganization = true) =>
        new(method, path, operationName) { RequiresOrganization = requiresOrganization };

    /// <summary>Plain HttpClient for requests even the transport refuses to build (bad query keys, no credentials).</summary>
    public static async Task<(int Status, string Body)> SendAsync(HttpMethod method, Uri url, string? apiKey, string? organizationId, string? json = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, url);
        if (apiKey is not null)
        {
            request.Headers.Add("X-API-Key", apiKey);
        }

        if (organizationId is not null)
        {
            request.Headers.Add("X-Org", organizationId);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
