using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Adds a night curfew to the integration, lists and changes it, reads the rules that result, and removes it.</summary>
public sealed class PoliciesStep : ITourStep
{
    public string Title => "Policies (create, list, update and delete an integration policy; get_integration_effective_policies)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var policies = context.Client.Integrations.Policies;
        var id = context.RequireIntegration();
        context.Say("Policies limit the invitations people may make for a site; we add a night curfew, move it, and read the rules all policies add up to.");

        // The policy calls carry no X-Org: the contract does not declare it, the server knows the integration by its id.
        // Neither write declares an Idempotency-Key; the tour gives each one, so the SDK may retry them safely.
        var created = await context.AllowingAsync(
            () => policies.CreateAsync(id, new CreatePolicyRequest
            {
                PolicyType = "invitation_curfew",
                Config = JsonDocument.Parse("""{"timezone": "Asia/Jerusalem", "windows": [{"start": "23:00", "end": "06:00"}]}""").RootElement.Clone(),
            }, TourContext.Write(), cancellationToken),
            "this server expects another config for invitation_curfew",
            400,
            422);
        if (created is not null)
        {
            var curfew = created.Value;
            context.Say($"created curfew {curfew.Id} ({curfew.Enforcement}); it constrains {curfew.ConflictReport?.Count ?? 0} live invite(s)");
        }

        var list = (await policies.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the integration has {list.Count} polic{(list.Count == 1 ? "y" : "ies")}: {string.Join(", ", list.Select(p => p.PolicyType))}");

        if (created is not null)
        {
            // Only the config changes; Enabled, Enforcement and Capability are left unset, so they are kept.
            var moved = (await policies.UpdateAsync(id, created.Value.Id, new UpdatePolicyRequest
            {
                Config = JsonDocument.Parse("""{"timezone": "Asia/Jerusalem", "windows": [{"start": "22:00", "end": "05:30"}]}""").RootElement.Clone(),
            }, TourContext.Write(), cancellationToken)).Value;
            context.Say($"moved the curfew; still {(moved.Enabled ? "enabled" : "disabled")}");
        }

        var effective = (await policies.GetEffectiveAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"in effect: sharing {effective.UserSharingMode}, curfew " +
            (effective.CurfewWindows.Count == 0 ? "none" : string.Join(", ", effective.CurfewWindows.Select(w => $"{w.Start}-{w.End}"))) + $" ({effective.Timezone})" +
            $", shares last at most {effective.ShareMaxDurationSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"} s");

        if (created is not null)
        {
            var deleted = await policies.DeleteAsync(id, created.Value.Id, cancellationToken: cancellationToken);
            context.Say($"removed the curfew (status {deleted.Status})");
        }
    }
}
