using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the LAN-agent operations.</summary>
public sealed class LanAgentWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public LanAgentWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "post_integration_lan_agent_task_spec")]
    public async Task Task_spec_posts_the_task_and_decodes_the_spec()
    {
        await _fake.RespondAsync("post_integration_lan_agent_task_spec", 200, Samples.LanTaskSpec);
        using var client = _fake.CreateClient();

        var spec = (await client.Integrations.LanAgent.SubmitTaskSpecAsync(
            Id,
            new LanAgentTaskSpecRequest
            {
                TaskId = "scan-lan-7f3a",
                LanProtocolVersion = 3,
                Payload = Json.Parse("""{"subnet": "192.168.1.0/24", "services": ["_shelly._tcp"]}"""),
            })).Value;

        await _fake.AssertSingleCallAsync(
            "post_integration_lan_agent_task_spec",
            "POST",
            $"/integrations/{Id}/lan-agent/task-spec",
            TestKeys.Org,
            """{"task_id": "scan-lan-7f3a", "lan_protocol_version": 3, "payload": {"subnet": "192.168.1.0/24", "services": ["_shelly._tcp"]}}""");
        Assert.Equal("scan-lan-7f3a", spec.TaskId);
        Assert.Equal(3, spec.LanProtocolVersion);
        Assert.Equal("mdns_scan", spec.Spec.GetProperty("kind").GetString());
    }

    [Fact]
    [Trait("operationId", "get_integration_lan_agent_tasks")]
    public async Task Tasks_come_back_as_json()
    {
        await _fake.RespondAsync("get_integration_lan_agent_tasks", 200, Samples.LanTasks);
        using var client = _fake.CreateClient();

        var tasks = (await client.Integrations.LanAgent.ListTasksAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_lan_agent_tasks", "GET", $"/integrations/{Id}/lan-agent/tasks", TestKeys.Org, jsonBody: null);
        Assert.Equal(JsonValueKind.Array, tasks.GetProperty("tasks").ValueKind);
        Assert.Equal("scan-lan-7f3a", tasks.GetProperty("tasks")[0].GetProperty("task_id").GetString());
    }
}
