using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Creates the integration the rest of the tour works on.</summary>
public sealed class CreateIntegrationStep : ITourStep
{
    public string Title => "Create an integration (create_integration)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        context.Say("An integration is one connection to a provider, such as the doors of one building; devices, portals and invites all belong to one. " +
            "We create one for the tour, with a setting (site) and a secret (a PIN), to show which of them come back.");
        var request = new CreateIntegrationRequest
        {
            // OrgId is filled in from the client's organization; unset optional fields are not sent at all.
            ProviderType = ProviderType.VirtualAccess.Value,
            Name = new LocalizedString(new Dictionary<string, string>
            {
                ["en"] = $"Tour lobby {context.RunTag}",
                ["he"] = $"לובי סיור {context.RunTag}",
            }),
            Config = JsonDocument.Parse("""{"site": "tour"}""").RootElement.Clone(),
            Secrets = JsonDocument.Parse("""{"pin": "0000"}""").RootElement.Clone(),
        };
        var created = (await context.Client.Integrations.CreateAsync(request, requestOptions: TourContext.Write(), cancellationToken: cancellationToken)).Value;
        context.IntegrationId = created.Id;
        context.Say($"created {created.Id}: \"{created.Name.Get("en")}\" ({created.ProviderType}, {created.ProviderTypeName.Get("en")})");
        context.Say($"{(created.Enabled ? "enabled" : "paused")}, health {created.Health}; its settings come back ({(created.Config is { } config ? JsonPeek.Keys(config) : "none")}), its secrets never do");
    }
}
