using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The LAN agent: pending task ids (<c>{"task_ids": [...]}</c>) and task specs. An agent whose protocol version is
/// below <see cref="FakeOpenAppServerOptions.MinLanProtocolVersion"/> gets 426.
/// </summary>
internal static class LanAgentRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["get_integration_lan_agent_tasks"] = Tasks;
        handlers["post_integration_lan_agent_task_spec"] = TaskSpec;
    }

    private static FakeResponse Tasks(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, "integration_id");
        return FakeResponse.Ok(new JsonObject
        {
            ["task_ids"] = new JsonArray(integration.LanAgentTasks.Select(t => (JsonNode)t.TaskId).ToArray()),
        });
    }

    private static FakeResponse TaskSpec(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, "integration_id");
        var body = request.BodyObject;
        var version = body["lan_protocol_version"]!.GetValue<int>();
        var options = context.Options;
        if (version < options.MinLanProtocolVersion)
        {
            throw new FakeApiException(
                426,
                "lan_agent_upgrade_required",
                $"LAN agent protocol {version} is too old; this server needs {options.MinLanProtocolVersion} or newer. Upgrade the agent.",
                new JsonObject { ["min_lan_protocol_version"] = options.MinLanProtocolVersion });
        }

        var taskId = JsonInput.String(body, "task_id")!;
        var task = integration.LanAgentTasks.FirstOrDefault(t => t.TaskId == taskId)
            ?? throw FakeApiException.InvalidField("task_id", $"is not a pending task of this integration ('{taskId}')", "unknown_task");

        // Handing out the spec delivers the task: it is no longer pending.
        integration.LanAgentTasks.Remove(task);
        return FakeResponse.Ok(new JsonObject
        {
            ["lan_protocol_version"] = Math.Min(version, options.CurrentLanProtocolVersion),
            ["task_id"] = task.TaskId,
            ["spec"] = new JsonObject
            {
                ["kind"] = task.Kind,
                ["integration_id"] = integration.Id,
                ["queued_at"] = JsonViews.Time(task.QueuedAt),
                ["steps"] = new JsonArray(
                    new JsonObject { ["action"] = "scan_network", ["timeout_seconds"] = 30 },
                    new JsonObject { ["action"] = "report_devices" }),
                ["payload"] = body["payload"]?.DeepClone(),
            },
        });
    }
}
