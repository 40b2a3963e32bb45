using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>
/// Previews and runs transfers to another organization: a copy of the first integration (removed again there), and a
/// move of the relay board (removed there too). Without a second organization to use, the transfers are shown as the
/// server's refusal.
/// </summary>
public sealed class TransferStep : ITourStep
{
    /// <summary>The environment variable naming an organization the API key may transfer to (real servers check).</summary>
    public const string TargetOrganizationVariable = "OPENAPP_TOUR_TRANSFER_ORG";

    public string Title => "Transfers (get_integration_transfer_preview, post_integration_transfer)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        var configured = Environment.GetEnvironmentVariable(TargetOrganizationVariable);
        var madeUp = string.IsNullOrWhiteSpace(configured);
        var target = madeUp ? ("01TOURORG" + context.RunTag.ToUpperInvariant()).PadRight(26, '0') : configured!.Trim();
        var refused = madeUp
            ? $"the server does not know the made-up organization {target}; set {TargetOrganizationVariable} to one your key can reach"
            : "the server refused the transfer";

        context.Say("An integration can be copied to another organization (a second management company, say); the preview tells what would be copied first.");
        var preview = (await integrations.GetTransferPreviewAsync(id, TransferModeDto.Duplicate, cancellationToken: cancellationToken)).Value;
        Describe(context, preview);

        // Like every write of the tour, the transfer carries an Idempotency-Key so the SDK may retry it after a 503: the
        // contract does not declare the header here, so this relies on a server that honours keys (the fake does).
        var copy = await context.AllowingAsync(
            () => integrations.TransferAsync(
                id,
                new TransferIntegrationRequest { TargetOrgId = target, Mode = TransferModeDto.Duplicate, Confirm = preview.RequiresConfirmation ? true : null },
                TourContext.Write(),
                cancellationToken),
            refused,
            400,
            403,
            404);
        if (copy is not null)
        {
            context.Say($"copied to {copy.Value.TargetOrgId} as {copy.Value.Id} ({copy.Value.Affected.Entities} entities, {copy.Value.Affected.Zones} zones)");
            await context.Client.ForOrganization(target).Integrations.PurgeAsync(copy.Value.Id, cancellationToken: cancellationToken);
            context.Say("removed the copy from that organization again");
        }

        if (context.RelayIntegrationId is not { } relay)
        {
            return;
        }

        context.Say("Moving hands an integration over for good: it leaves this organization. We move the relay board.");
        var movePreview = (await integrations.GetTransferPreviewAsync(relay, cancellationToken: cancellationToken)).Value;
        Describe(context, movePreview);
        var moved = await context.AllowingAsync(
            () => integrations.TransferAsync(
                relay,
                new TransferIntegrationRequest { TargetOrgId = target, Mode = TransferModeDto.Move, Confirm = movePreview.RequiresConfirmation ? true : null },
                TourContext.Write(),
                cancellationToken),
            refused,
            400,
            403,
            404);
        var owner = moved is null ? context.Client : context.Client.ForOrganization(target);
        if (moved is not null)
        {
            context.Say($"moved {moved.Value.Id} from {moved.Value.SourceOrgId} to {moved.Value.OrgId}");
        }

        await owner.Integrations.PurgeAsync(relay, cancellationToken: cancellationToken);
        context.RelayIntegrationId = null;
        context.Say("removed the relay board");
    }

    private static void Describe(TourContext context, TransferPreviewResponse preview)
    {
        var affected = preview.Affected;
        context.Say($"a {preview.Mode} would take {affected.Devices} device(s), {affected.Entities} entities, {affected.Zones} zone(s), " +
            $"{affected.AccessPortals} portal(s), {affected.InviteLinks} invite(s)");
        context.Say($"warnings: {(preview.Warnings.Count == 0 ? "none" : string.Join(", ", preview.Warnings))}; " +
            $"notes: {(preview.Notes.Count == 0 ? "none" : string.Join(", ", preview.Notes))}; confirm needed: {preview.RequiresConfirmation}");
    }
}
