using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>
/// Adds a Waveshare relay board next to the first integration, asks whether it needs provisioning, and records that it
/// was provisioned. The board stays for the picture and transfer steps.
/// </summary>
public sealed class WaveshareStep : ITourStep
{
    public string Title => "Waveshare provisioning (get_waveshare_provisioning_status, post_waveshare_provisioning_ack)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;

        context.Say("A Waveshare relay board talks to OpenApp over MQTT with settings stored on the board; we add one as a second integration.");
        var created = await context.AllowingAsync(
            () => integrations.CreateAsync(
                new CreateIntegrationRequest
                {
                    ProviderType = ProviderType.Waveshare,
                    Name = LocalizedString.FromLocale("en", $"Tour relay board {context.RunTag}"),
                },
                requestOptions: TourContext.Write(),
                cancellationToken: cancellationToken),
            "this server wants more settings for a Waveshare integration; the provisioning calls are skipped",
            400,
            422);
        if (created is null)
        {
            return;
        }

        var id = created.Value.Id;
        context.RelayIntegrationId = id;
        context.Say($"added {id} (\"{created.Value.Name.Get("en")}\")");

        context.Say("Whenever those settings change the board must be provisioned again; we ask whether it is stale.");
        var provisioning = integrations.WaveshareProvisioning;
        var status = (await provisioning.GetStatusAsync(id, cancellationToken: cancellationToken)).Value;
        // The settings include the MQTT password: the tour prints only which settings differ, never their values.
        context.Say($"stale: {status.Stale}; settings to change on the board: {(status.Diff.Count == 0 ? "none" : string.Join(", ", status.Diff.Select(d => d.Key)))}");

        context.Say("After writing the current settings to the board, the installer acknowledges it.");
        var acknowledged = (await provisioning.AcknowledgeAsync(id, requestOptions: TourContext.Write(), cancellationToken: cancellationToken)).Value;
        var after = (await provisioning.GetStatusAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"acknowledged for {acknowledged.Id}; stale now: {after.Stale}");
    }
}
