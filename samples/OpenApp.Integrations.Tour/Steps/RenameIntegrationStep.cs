using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Renames the integration with a partial update that leaves config and secrets alone.</summary>
public sealed class RenameIntegrationStep : ITourStep
{
    public string Title => "Rename it (update_integration)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        context.Say("An update changes only the fields you send. We send just a new name, in English and Hebrew, so the settings and the secret stay as they are.");
        // Only Name is set, so only "name" goes on the wire: config and secrets stay as they are on the server.
        var update = new UpdateIntegrationRequest
        {
            Name = new LocalizedString(new Dictionary<string, string>
            {
                ["en"] = $"Tour main lobby {context.RunTag}",
                ["he"] = $"לובי ראשי סיור {context.RunTag}",
            }),
        };
        var updated = (await context.Client.Integrations.UpdateAsync(context.RequireIntegration(), update, cancellationToken: cancellationToken)).Value;
        context.Say($"renamed to \"{updated.Name.Get("en")}\" / \"{updated.Name.Get("he")}\"; {(updated.Config is not null ? "its settings are still there" : "its settings are gone")}");
    }
}
