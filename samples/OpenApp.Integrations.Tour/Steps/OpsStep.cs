using System.Text.Json;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the provider's ops and runs the first one.</summary>
public sealed class OpsStep : ITourStep
{
    public string Title => "Ops (list_integration_ops, execute_integration_op)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        context.Say("Ops are the actions a provider runs when asked, such as syncing its list of devices; some leave a task for the building's LAN agent.");
        var ops = JsonPeek.Items((await integrations.ListOpsAsync(id, cancellationToken: cancellationToken)).Value, "ops");
        var opIds = ops.Select(o => JsonPeek.Text(o, "id", "op_id")).OfType<string>().ToList();
        context.Say($"{opIds.Count} op(s): {string.Join(", ", opIds)}");
        if (opIds.Count == 0)
        {
            context.Say("nothing to run");
            return;
        }

        var input = JsonDocument.Parse("{}").RootElement.Clone();
        var result = await context.AllowingAsync(
            () => integrations.RunOpAsync(id, opIds[0], input, TourContext.Write(), cancellationToken),
            "the provider does not implement this op",
            501);
        if (result is not null)
        {
            // A sharing policy may hold the op for an administrator's approval: a result to branch on, not an error.
            if (result.Value.IsPendingApproval)
            {
                context.Say($"{opIds[0]} waits for approval ({result.Value.PendingApproval.Status}, request {result.Value.PendingApproval.Id})");
                return;
            }

            var output = result.Value.Result;
            if (output.ValueKind == JsonValueKind.Object && output.TryGetProperty("result", out var inner))
            {
                context.QueuedTaskId = JsonPeek.Text(inner, "task_id");
            }

            context.Say($"ran {opIds[0]}: {JsonPeek.Text(output, "status") ?? "done"}" +
                (context.QueuedTaskId is { } task ? $", as task {task} for the LAN agent" : string.Empty));
        }
    }
}
