using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Waveshare provisioning: the status compares the MQTT settings the board was last provisioned with (empty until the
/// first acknowledgement) with the ones it should have now (<see cref="WaveshareSettings.Current"/>); the
/// acknowledgement records the current ones. Integrations of other providers get 400 <c>not_waveshare</c>.
/// </summary>
internal static class WaveshareRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["get_waveshare_provisioning_status"] = Status;
        handlers["post_waveshare_provisioning_ack"] = Acknowledge;
    }

    private static FakeResponse Status(FakeRequest request, RouteContext context)
    {
        var integration = Waveshare(request, context);
        var stored = integration.WaveshareProvisioned ?? WaveshareSettings.None;
        var current = WaveshareSettings.Current(integration);
        var diff = stored.Entries().Zip(current.Entries())
            .Where(pair => !string.Equals(pair.First.Value, pair.Second.Value, StringComparison.Ordinal))
            .Select(pair => (JsonNode)new JsonObject
            {
                ["key"] = pair.First.Key,
                ["stored"] = pair.First.Value,
                ["current"] = pair.Second.Value,
            })
            .ToArray();
        return FakeResponse.Ok(new JsonObject
        {
            ["stale"] = diff.Length > 0,
            ["stored"] = View(stored),
            ["current"] = View(current),
            ["diff"] = new JsonArray(diff),
        });
    }

    private static FakeResponse Acknowledge(FakeRequest request, RouteContext context)
    {
        var integration = Waveshare(request, context);
        integration.WaveshareProvisioned = WaveshareSettings.Current(integration);
        integration.UpdatedAt = context.Now;
        return FakeResponse.Ok(JsonViews.Integration(integration));
    }

    private static IntegrationRecord Waveshare(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        return integration.ProviderType == WaveshareSettings.ProviderType
            ? integration
            : throw new FakeApiException(
                400,
                "not_waveshare",
                $"Integration '{integration.Id}' is a {integration.ProviderType} integration; provisioning is for Waveshare boards.");
    }

    /// <summary>A <c>WaveshareConnectionConfig</c>.</summary>
    private static JsonObject View(WaveshareSettings settings) =>
        new(settings.Entries().Select(e => new KeyValuePair<string, JsonNode?>(e.Key, e.Value)));
}
