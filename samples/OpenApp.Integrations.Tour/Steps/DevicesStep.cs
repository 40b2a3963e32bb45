using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>
/// Looks at the hardware behind a door, attaches a sharing rule to it (which makes the caller its steward), changes and
/// removes the rule, then gives up the steward slot.
/// </summary>
public sealed class DevicesStep : ITourStep
{
    public string Title => "A device (get_device_physical_status, device policies, release_steward)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var devices = context.Client.Integrations.Devices;
        var id = context.RequireIntegration();
        context.Say("Some rules belong to one piece of hardware rather than to the whole site; whoever attaches the first one becomes the device's steward, its keeper.");
        if (context.DoorDeviceId is not { } deviceId)
        {
            context.Say("the integration reported no door device, so there is no hardware to show");
            return;
        }

        var status = (await devices.GetPhysicalStatusAsync(id, deviceId, cancellationToken: cancellationToken)).Value;
        context.Say($"door device {deviceId}: hardware {status.HardwareId ?? "unknown"}, steward {(status.HasSteward ? "taken" : "free")}, can claim: {status.CanClaim}");

        var created = await context.AllowingAsync(
            () => devices.CreatePolicyAsync(id, deviceId, new CreatePolicyRequest
            {
                PolicyType = "user_sharing",
                Config = JsonDocument.Parse("""{"mode": "admin_only"}""").RootElement.Clone(),
            }, TourContext.Write(), cancellationToken),
            "only a verified admin of this hardware may attach device policies",
            403);
        if (created is null)
        {
            return;
        }

        var policy = created.Value;
        context.Say($"attached sharing rule {policy.Id} to physical device {policy.PhysicalDeviceId}");

        var list = (await devices.ListPoliciesAsync(id, deviceId, cancellationToken: cancellationToken)).Value;
        context.Say($"the device has {list.Count} polic{(list.Count == 1 ? "y" : "ies")}");

        var paused = (await devices.UpdatePolicyAsync(id, deviceId, policy.Id, new UpdatePolicyRequest { Enabled = false }, TourContext.Write(), cancellationToken)).Value;
        context.Say($"paused it: enabled={paused.Enabled}, enforcement still {paused.Enforcement}");

        status = (await devices.GetPhysicalStatusAsync(id, deviceId, cancellationToken: cancellationToken)).Value;
        context.Say($"now the caller {(status.IsSteward ? "is" : "is not")} the steward");

        await devices.DeletePolicyAsync(id, deviceId, policy.Id, cancellationToken: cancellationToken);
        context.Say("removed the rule");

        // Releasing keeps whatever policies the device still has; it only frees the slot for another admin.
        var released = await devices.ReleaseStewardAsync(id, deviceId, TourContext.Write(), cancellationToken);
        context.Say($"gave up the steward slot (status {released.Status})");
    }
}
