using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The channel-count refresh: the fake's provider reports one channel per live entity of a device, and the answer
/// (provider-specific JSON; the contract has no schema) says what each device had before, so a second refresh after
/// an entity came or went shows the change. Providers without device discovery answer 501 <c>not_supported</c>.
/// </summary>
internal static class ChannelCountRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["post_refresh_integration_device_channel_counts"] = Refresh;
    }

    private static FakeResponse Refresh(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        if (ProviderCatalog.Find(integration.ProviderType) is not { SupportsDiscovery: true })
        {
            throw new FakeApiException(501, "not_supported", $"Provider '{integration.ProviderType}' does not report channel counts.");
        }

        var devices = new JsonArray();
        foreach (var device in integration.Entities.Where(e => e.DeletedAt is null).GroupBy(e => e.DeviceId, StringComparer.Ordinal))
        {
            var count = device.Count();
            int? previous = integration.DeviceChannelCounts.TryGetValue(device.Key, out var known) ? known : null;
            integration.DeviceChannelCounts[device.Key] = count;
            devices.Add(new JsonObject
            {
                ["device_id"] = device.Key,
                ["external_id"] = device.First().ExternalId,
                ["channel_count"] = count,
                ["previous_channel_count"] = previous,
                ["changed"] = previous != count,
            });
        }

        return FakeResponse.Ok(new JsonObject
        {
            ["integration_id"] = integration.Id,
            ["refreshed_at"] = JsonViews.Time(context.Now),
            ["devices"] = devices,
        });
    }
}
