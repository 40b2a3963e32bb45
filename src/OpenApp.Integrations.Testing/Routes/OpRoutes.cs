using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Provider-specific ops: list them and run one (<c>open_door</c> changes a door's state, <c>sync_devices</c>
/// queues a LAN-agent task for providers that use one).</summary>
internal static class OpRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_ops"] = List;
        handlers["execute_integration_op"] = Execute;
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, includeDeleted: request.Flag("include_deleted"));
        var ops = ProviderCatalog.Find(integration.ProviderType)?.Ops ?? Array.Empty<ProviderOp>();
        return FakeResponse.Ok(new JsonObject
        {
            ["ops"] = new JsonArray(ops.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id,
                ["name"] = new JsonObject { ["en"] = o.Name },
            }).ToArray()),
        });
    }

    private static FakeResponse Execute(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var opId = request.Route("op_id");
        var provider = ProviderCatalog.Find(integration.ProviderType);
        if (provider is null || provider.Ops.Count == 0)
        {
            throw new FakeApiException(501, "not_supported", $"Provider '{integration.ProviderType}' has no ops.");
        }

        var op = provider.Ops.FirstOrDefault(o => o.Id == opId)
            ?? throw new FakeApiException(404, "op_not_found", $"Provider '{integration.ProviderType}' has no op '{opId}'.");
        var input = request.Body as JsonObject;
        var result = op.Id switch
        {
            "open_door" => OpenDoor(integration, input, context),
            "sync_devices" when op.QueuesLanAgentTask => QueueSync(integration, context),
            "sync_devices" => new JsonObject { ["devices"] = integration.Entities.Select(e => e.DeviceId).Distinct().Count() },
            _ => new JsonObject(),
        };
        return FakeResponse.Ok(new JsonObject
        {
            ["op_id"] = op.Id,
            ["status"] = result["task_id"] is null ? "ok" : "queued",
            ["result"] = result,
        });
    }

    private static JsonObject OpenDoor(IntegrationRecord integration, JsonObject? input, RouteContext context)
    {
        var doors = integration.Entities.Where(e => e.EntityType == "door" && e.DeletedAt is null).ToList();
        var entityId = input is null ? null : JsonInput.String(input, "entity_id");
        var door = entityId is null
            ? doors.FirstOrDefault() ?? throw FakeApiException.InvalidField("entity_id", "is required: this integration has no door to open by default")
            : doors.FirstOrDefault(d => d.Id == entityId) ?? throw FakeApiException.InvalidField("entity_id", $"is not a door of this integration ('{entityId}')");
        var now = JsonViews.Time(context.Now);
        door.State = new JsonObject { ["locked"] = true, ["last_opened_at"] = now };
        door.UpdatedAt = context.Now;
        return new JsonObject { ["entity_id"] = door.Id, ["opened_at"] = now };
    }

    private static JsonObject QueueSync(IntegrationRecord integration, RouteContext context)
    {
        var task = new LanAgentTaskRecord("sync-" + context.Store.Ids.NewId().ToLowerInvariant(), "sync_devices", context.Now);
        integration.LanAgentTasks.Add(task);
        return new JsonObject { ["task_id"] = task.TaskId };
    }
}
