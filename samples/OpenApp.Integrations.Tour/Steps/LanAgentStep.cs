using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Plays the LAN agent: lists its pending tasks and asks for the spec of one.</summary>
public sealed class LanAgentStep : ITourStep
{
    /// <summary>The LAN-agent protocol version the tour claims to speak.</summary>
    public const int ProtocolVersion = 3;

    public string Title => "LAN agent (get_integration_lan_agent_tasks, post_integration_lan_agent_task_spec)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var agent = context.Client.Integrations.LanAgent;
        var id = context.RequireIntegration();
        var tasks = JsonPeek.Items((await agent.ListTasksAsync(id, cancellationToken: cancellationToken)).Value, "task_ids")
            .Select(t => JsonPeek.Text(t, "task_id", "id"))
            .OfType<string>()
            .ToList();
        context.Say($"{tasks.Count} pending task(s){(tasks.Count > 0 ? ": " + string.Join(", ", tasks) : string.Empty)}");

        var taskId = tasks.FirstOrDefault() ?? context.QueuedTaskId;
        var madeUp = taskId is null;
        taskId ??= "tour-task-" + context.RunTag;
        var request = new LanAgentTaskSpecRequest
        {
            TaskId = taskId,
            LanProtocolVersion = ProtocolVersion,
            Payload = JsonDocument.Parse("""{"agent": "openapp-tour"}""").RootElement.Clone(),
        };
        var allowed = madeUp ? new[] { 426, 400, 404 } : new[] { 426 };
        var spec = await context.AllowingAsync(
            () => agent.SubmitTaskSpecAsync(id, request, TourContext.Write(), cancellationToken),
            madeUp ? "no pending task to ask about (or the agent protocol is too old)" : "the server needs a newer LAN-agent protocol",
            allowed);
        if (spec is not null)
        {
            context.Say($"spec for {spec.Value.TaskId} (protocol {spec.Value.LanProtocolVersion}): {JsonPeek.Keys(spec.Value.Spec)}");
        }
    }
}
