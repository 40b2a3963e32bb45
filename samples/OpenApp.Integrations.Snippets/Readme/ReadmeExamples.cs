using System.Text.Json;
using OpenApp.Integrations;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

// Outside the SDK's namespace on purpose: the README quotes these blocks with their using lines, so the lines a
// reader copies are the lines this file needs to compile.
namespace ReadmeExamples;

/// <summary>
/// The code of the repository README, section by section. The solution build compiles it, a test runs it against
/// the fake server (<c>dotnet run --project samples/OpenApp.Integrations.Snippets -- readme</c>), and another test
/// checks that every block the README quotes from here is still here.
/// </summary>
internal static class Examples
{
    public static async Task RunAsync(string apiKey, string organizationId)
    {
        await FirstCallAsync(apiKey, organizationId);

        using var client = new OpenAppClient(apiKey, organizationId);
        var integrationId = await CreateAndRenameAsync(client);
        await WalkEntitiesAsync(client, integrationId);
        var portalId = await CreatePortalAsync(client, integrationId);
        await InviteAsync(client, integrationId, portalId);
        await RunOpAsync(client, integrationId);
        await PictureAsync(client, integrationId);
        await AnyRouteAsync(client, integrationId);
        await HandleErrorsAsync(client);
        await client.Integrations.PurgeAsync(integrationId);
        Console.WriteLine("every README example ran");
    }

    private static async Task FirstCallAsync(string apiKey, string organizationId)
    {
        // The key names its server ("{origin}_openapp_{secret}"); the organization goes out as X-Org.
        using var client = new OpenAppClient(apiKey, organizationId);

        var page = await client.Integrations.ListAsync(new ListIntegrationsOptions { Limit = 5 });
        foreach (var integration in page.Value.Items)
        {
            Console.WriteLine($"{integration.Id}  {integration.Name.Get("en")}  ({integration.ProviderType})");
        }

        Console.WriteLine($"{page.Value.Total} in all; request id {page.RequestId}");
    }

    private static async Task<string> CreateAndRenameAsync(OpenAppClient client)
    {
        var created = await client.Integrations.CreateAsync(new CreateIntegrationRequest
        {
            Name = "Lobby",                                // a plain string is a name in every locale-less request
            ProviderType = ProviderType.VirtualAccess,
            Config = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["site"] = "north" }),
        });
        var id = created.Value.Id;

        await client.Integrations.UpdateAsync(id, new UpdateIntegrationRequest
        {
            Name = new LocalizedString(new Dictionary<string, string> { ["en"] = "Main lobby", ["he"] = "לובי ראשי" }),
            Config = null,                                 // sent as "config": null, which clears it
            // Secrets and Enabled are not set, so they are not sent and the server keeps them.
        });
        return id;
    }

    private static async Task WalkEntitiesAsync(OpenAppClient client, string integrationId)
    {
        var doors = new ListEntitiesOptions { EntityTypes = { EntityType.Door }, Limit = 200 };
        await foreach (var entity in client.Integrations.ListAllEntitiesAsync(integrationId, doors))
        {
            Console.WriteLine($"{entity.Name} ({entity.EntityType}) on device {entity.DeviceId}");
        }
    }

    private static async Task<string> CreatePortalAsync(OpenAppClient client, string integrationId)
    {
        var portal = await client.Integrations.AccessPortals.CreateAsync(integrationId, new CreateAccessPortalRequest { Name = "Front door" });
        return portal.Value.Id;
    }

    private static async Task InviteAsync(OpenAppClient client, string integrationId, string portalId)
    {
        var invite = await client.Integrations.AccessInvites.CreateAsync(integrationId, new CreateAccessInviteRequest
        {
            Name = "Plumber",
            PortalIds = { portalId },
            Schedules = { new InviteScheduleEntryInput { ValidFrom = DateTimeOffset.UtcNow, ExpiresIn = "4h" } },
        });

        // The link is shown once: a retried or repeated create (same Idempotency-Key) answers without it.
        Console.WriteLine(invite.Value.InviteUrl ?? "created before; the link is not shown again");
    }

    private static async Task RunOpAsync(OpenAppClient client, string integrationId)
    {
        var result = await client.Integrations.RunOpAsync(integrationId, "sync_devices");
        if (result.Value.IsPendingApproval)
        {
            Console.WriteLine($"waiting for approval {result.Value.PendingApproval.Id}");   // 202: nothing ran yet
        }
        else
        {
            Console.WriteLine($"ran: {result.Value.Result}");
        }
    }

    private static async Task PictureAsync(OpenAppClient client, string integrationId)
    {
        byte[] png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        await client.Integrations.Images.UploadAsync(integrationId, png, "lobby.png");   // type checked from the bytes

        var download = await client.Integrations.Images.DownloadAsync(integrationId);
        if (download.HasValue)                                                        // 204: no picture
        {
            await using var picture = download.Value;
            await using var file = File.Create(Path.Combine(Path.GetTempPath(), "lobby.png"));
            await picture.Content.CopyToAsync(file);                                  // streamed, never buffered whole
            Console.WriteLine($"saved {picture.ContentType}");
        }
    }

    private static async Task AnyRouteAsync(OpenAppClient client, string integrationId)
    {
        var spec = new RequestSpec(HttpMethod.Get, "/integrations/{id}/zones", "my_list_zones")
            .SetPathParameter("id", integrationId)
            .AddQuery("limit", "10");
        var zones = await client.Transport.SendAsync(spec, OpenAppJson.TypeInfo<JsonElement>());
        Console.WriteLine($"zones: {zones.Value.GetProperty("total")}");
    }

    private static async Task HandleErrorsAsync(OpenAppClient client)
    {
        try
        {
            await client.Integrations.GetAsync("01HNOSUCHINTEGRATION000000");
        }
        catch (OpenAppNotFoundException ex)
        {
            Console.WriteLine($"not found: {ex.ErrorCode} (request {ex.RequestId})");
        }
        catch (OpenAppRateLimitException ex) when (ex.IsQuotaExceeded)
        {
            Console.WriteLine("the quota is used up; waiting will not help");
        }
        catch (OpenAppApiException ex) when (ex.IsConfirmationRequired)
        {
            await client.Integrations.GetAsync("01HNOSUCHINTEGRATION000000", requestOptions: ex.CreateConfirmation());
        }
    }
}
