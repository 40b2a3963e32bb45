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
            context.Say($"ran {opIds[0]}: {JsonPeek.Text(result.Value, "status") ?? JsonPeek.Keys(result.Value)}");
            if (result.Value.ValueKind == JsonValueKind.Object && result.Value.TryGetProperty("result", out var output))
            {
                context.QueuedTaskId = JsonPeek.Text(output, "task_id");
            }
        }
    }
}
