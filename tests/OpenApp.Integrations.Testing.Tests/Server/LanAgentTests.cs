using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;

namespace OpenApp.Integrations.Testing.Tests.Server;

public class LanAgentTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public LanAgentTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task An_agent_below_the_minimum_protocol_gets_426()
    {
        using var client = _server.CreateClient();
        var id = _server.SeedIntegration();
        var task = _server.SeedLanAgentTask(id);

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.LanAgent.SubmitTaskSpecAsync(
            id, new LanAgentTaskSpecRequest { TaskId = task, LanProtocolVersion = 1, Payload = Json.Parse("{}") }));

        Assert.Equal(426, error.Status);
        Assert.Equal("lan_agent_upgrade_required", error.ErrorCode);
        Assert.Single(_server.RequestsFor("post_integration_lan_agent_task_spec"));
        Assert.Equal(new[] { task }, _server.FindIntegration(id)!.PendingLanAgentTaskIds);
    }

    [Fact]
    public async Task A_pending_task_gets_its_spec_once_and_an_unknown_task_is_400()
    {
        using var client = _server.CreateClient();
        var seed = new FakeIntegrationSeed();
        seed.LanAgentTaskIds.Add("task-7");
        var id = _server.SeedIntegration(seed);
        var agent = client.Integrations.LanAgent;
        var request = new LanAgentTaskSpecRequest { TaskId = "task-7", LanProtocolVersion = 9, Payload = Json.Parse("""{"n": 1}""") };

        var spec = (await agent.SubmitTaskSpecAsync(id, request)).Value;
        var again = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => agent.SubmitTaskSpecAsync(id, request));

        Assert.Equal(3, spec.LanProtocolVersion);
        Assert.Equal(1, spec.Spec.GetProperty("payload").GetProperty("n").GetInt32());
        Assert.Equal(400, again.Status);
        Assert.Contains("'task_id'", again.ServerMessage);
    }
}
