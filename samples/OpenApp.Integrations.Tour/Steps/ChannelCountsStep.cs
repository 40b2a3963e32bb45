namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Asks the provider again how many channels the integration's devices have.</summary>
public sealed class ChannelCountsStep : ITourStep
{
    public string Title => "Device channel counts (post_refresh_integration_device_channel_counts)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        context.Say("A relay board can drive several doors (one per channel); we ask the provider to count each device's channels again.");
        var counts = await context.AllowingAsync(
            () => context.Client.Integrations.RefreshDeviceChannelCountsAsync(context.RequireIntegration(), TourContext.Write(), cancellationToken),
            "this provider does not report channel counts",
            501);
        if (counts is not null)
        {
            var devices = JsonPeek.Items(counts.Value, "devices", "items");
            context.Say($"{devices.Count} device(s) counted");
        }
    }
}
