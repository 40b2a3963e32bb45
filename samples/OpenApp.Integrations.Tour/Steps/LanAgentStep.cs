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
        context.Say("A LAN agent is a small program on the building's own network, for devices the cloud cannot reach: " +
            "the cloud queues tasks for it, and it asks for each task's instructions. The tour plays the agent.");
        var tasks = JsonPeek.Items((await agent.ListTasksAsync(id, cancellationToken: cancellationToken)).Value, "task_ids")
            .Select(t => JsonPeek.Text(t, "task_id", "id"))
            .OfType<string>()
            .ToList();
        context.Say(tasks.Count == 0
            ? "no task waits for the agent"
            : $"{tasks.Count} task(s) wait for the agent: " +
                string.Join(", ", tasks.Select(t => t == context.QueuedTaskId ? t + " (queued by the op run above)" : t)));

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
            // The instructions are provider-specific JSON: a kind of work and the steps to take, when the server says so.
            var instructions = spec.Value.Spec;
            var kind = JsonPeek.Text(instructions, "kind");
            var steps = JsonPeek.Items(instructions, "steps").Select(s => JsonPeek.Text(s, "action", "kind", "type")).OfType<string>().ToList();
            context.Say((kind is null ? $"the agent got the instructions of task {spec.Value.TaskId}" : $"task {spec.Value.TaskId} asks the agent to {kind}") +
                (steps.Count > 0 ? $", in {steps.Count} step(s): {string.Join(", ", steps)}" : string.Empty));
        }
    }
}
