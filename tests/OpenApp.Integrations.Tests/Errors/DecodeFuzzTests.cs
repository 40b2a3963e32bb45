using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Authentication;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit.Abstractions;

namespace OpenApp.Integrations.Tests.Errors;

/// <summary>
/// Thousands of damaged response bodies: each call ends in a value or an SDK exception, never a
/// NullReferenceException, InvalidCastException or bare JsonException.
/// </summary>
public sealed class DecodeFuzzTests : IClassFixture<WireMockFixture>
{
    private const int InProcessCasesPerType = 300;
    private const int HttpCasesPerOperation = 60;
    private static readonly byte[] s_png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
    private readonly WireMockFixture _fake;
    private readonly ITestOutputHelper _output;

    public DecodeFuzzTests(WireMockFixture fake, ITestOutputHelper output)
    {
        _fake = fake;
        _output = output;
        _fake.Reset();
    }

    /// <summary>Every response contract the façade decodes, with a decoder bound to its type.</summary>
    private static readonly (Type Type, Func<byte[], Task> Decode)[] s_contracts =
    {
        Contract(OpenAppJsonContext.Default.IntegrationResponse),
        Contract(OpenAppJsonContext.Default.PaginatedResponse),
        Contract(OpenAppJsonContext.Default.PaginatedResponse_EntityResponse),
        Contract(OpenAppJsonContext.Default.PaginatedResponse_AccessInviteListItem),
        Contract(OpenAppJsonContext.Default.PaginatedResponse_AccessPortalListItem),
        Contract(OpenAppJsonContext.Default.PaginatedResponse_ZoneResponse),
        Contract(OpenAppJsonContext.Default.PendingSharingApprovalResponse),
        Contract(OpenAppJsonContext.Default.CreateAccessInviteResponse),
        Contract(OpenAppJsonContext.Default.CreateAccessPortalResponse),
        Contract(OpenAppJsonContext.Default.GetAccessPortalResponse),
        Contract(OpenAppJsonContext.Default.AccessInviteListItem),
        Contract(OpenAppJsonContext.Default.AccessPortalListItem),
        Contract(OpenAppJsonContext.Default.IntegrationDeviceMetadataSchemaResponse),
        Contract(OpenAppJsonContext.Default.ResourceImageUrlResponse),
        Contract(OpenAppJsonContext.Default.LanAgentTaskSpecResponse),
        Contract(OpenAppJsonContext.Default.IDictionaryStringLocalizedString),
        Contract(OpenAppJsonContext.Default.JsonElement),
    };

    /// <summary>Every façade operation that decodes a body, with the contract its seed is made from.</summary>
    private static readonly (string Name, Type Seed, Func<OpenAppClient, OpenAppRequestOptions, Task> Call)[] s_operations =
    {
        ("list_integrations", typeof(PaginatedResponse), (c, o) => c.Integrations.ListAsync(null, o)),
        ("create_integration", typeof(IntegrationResponse), (c, o) => c.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = ProviderType.VirtualAccess }, null, o)),
        ("get_integration", typeof(IntegrationResponse), (c, o) => c.Integrations.GetAsync("i1", null, o)),
        ("update_integration", typeof(IntegrationResponse), (c, o) => c.Integrations.UpdateAsync("i1", new UpdateIntegrationRequest(), null, o)),
        ("hard_delete_integration", typeof(IntegrationResponse), (c, o) => c.Integrations.PurgeAsync("i1", null, o)),
        ("restore_integration", typeof(IntegrationResponse), (c, o) => c.Integrations.RestoreAsync("i1", null, o)),
        ("list_integration_provider_types", typeof(IDictionary<string, LocalizedString>), (c, o) => c.Integrations.ListProviderTypesAsync(o)),
        ("get_integration_provider_definition", typeof(JsonElement), (c, o) => c.Integrations.GetProviderDefinitionAsync(ProviderType.VirtualAccess, o)),
        ("get_integration_device_metadata_schema", typeof(IntegrationDeviceMetadataSchemaResponse), (c, o) => c.Integrations.GetDeviceMetadataSchemaAsync("i1", o)),
        ("get_integration_discovered_devices", typeof(JsonElement), (c, o) => c.Integrations.GetDiscoveredDevicesAsync("i1", null, o)),
        ("list_integration_entities", typeof(PaginatedResponse_EntityResponse), (c, o) => c.Integrations.ListEntitiesAsync("i1", null, o)),
        ("list_integration_ops", typeof(JsonElement), (c, o) => c.Integrations.ListOpsAsync("i1", null, o)),
        ("execute_integration_op", typeof(JsonElement), (c, o) => c.Integrations.RunOpAsync("i1", "op", requestOptions: o)),
        ("post_integration_image", typeof(ResourceImageUrlResponse), (c, o) => c.Integrations.UploadImageAsync("i1", s_png, "a.png", null, o)),
        ("list_integration_access_portals", typeof(PaginatedResponse_AccessPortalListItem), (c, o) => c.Integrations.AccessPortals.ListAsync("i1", o)),
        ("create_integration_access_portal", typeof(CreateAccessPortalResponse), (c, o) => c.Integrations.AccessPortals.CreateAsync("i1", new CreateAccessPortalRequest { Name = "Gate" }, o)),
        ("get_access_portal_by_id", typeof(GetAccessPortalResponse), (c, o) => c.Integrations.AccessPortals.GetAsync("p1", o)),
        ("update_integration_access_portal", typeof(AccessPortalListItem), (c, o) => c.Integrations.AccessPortals.UpdateAsync("i1", "p1", new UpdateAccessPortalRequest(), o)),
        ("list_integration_access_invites", typeof(PaginatedResponse_AccessInviteListItem), (c, o) => c.Integrations.AccessInvites.ListAsync("i1", null, o)),
        ("create_integration_access_invite", typeof(CreateAccessInviteResponse), (c, o) => c.Integrations.AccessInvites.CreateAsync("i1", new CreateAccessInviteRequest { PortalIds = { "p1" }, Schedules = { new InviteScheduleEntryInput { ExpiresIn = "1h" } } }, o)),
        ("update_integration_access_invite", typeof(AccessInviteListItem), (c, o) => c.Integrations.AccessInvites.UpdateAsync("i1", "v1", new UpdateAccessInviteRequest(), o)),
        ("restore_integration_access_invite", typeof(AccessInviteListItem), (c, o) => c.Integrations.AccessInvites.RestoreAsync("i1", "v1", o)),
        ("list_people", typeof(JsonElement), (c, o) => c.Integrations.People.ListAsync("i1", null, o)),
        ("post_integration_lan_agent_task_spec", typeof(LanAgentTaskSpecResponse), (c, o) => c.Integrations.LanAgent.SubmitTaskSpecAsync("i1", new LanAgentTaskSpecRequest { TaskId = "t1", Payload = JsonDocument.Parse("{}").RootElement }, o)),
        ("get_integration_lan_agent_tasks", typeof(JsonElement), (c, o) => c.Integrations.LanAgent.ListTasksAsync("i1", o)),
        ("list_integration_zones", typeof(PaginatedResponse_ZoneResponse), (c, o) => c.Integrations.Zones.ListAsync("i1", null, o)),
    };

    [Fact]
    public async Task Seeds_are_valid_bodies_for_their_contracts()
    {
        foreach (var (type, decode) in s_contracts)
        {
            var seed = BodyMutator.Sample(type);
            var ex = await Record.ExceptionAsync(() => decode(Encoding.UTF8.GetBytes(seed)));
            Assert.True(ex is null, $"{type.Name}: {seed}\n{ex}");
        }
    }

    [Fact]
    public async Task Damaged_bodies_decode_or_raise_a_serialization_exception_in_process()
    {
        var mutator = new BodyMutator(20301);
        var outcomes = new Dictionary<string, int>();
        foreach (var (type, decode) in s_contracts)
        {
            var seed = BodyMutator.Sample(type);
            for (var i = 0; i < InProcessCasesPerType; i++)
            {
                var body = mutator.MutateBytes(seed);
                var ex = await Record.ExceptionAsync(() => decode(body));
                Tally(outcomes, ex, type.Name, body);
            }
        }

        _output.WriteLine(string.Join(Environment.NewLine, outcomes));
        Assert.Equal(s_contracts.Length * InProcessCasesPerType, outcomes.Values.Sum());
        Assert.True(outcomes.GetValueOrDefault("ok") > 0 && outcomes.Keys.Any(k => k.StartsWith(nameof(OpenAppSerializationException), StringComparison.Ordinal)),
            string.Join(", ", outcomes));
    }

    [Fact]
    public async Task Damaged_bodies_over_http_end_in_a_value_or_an_sdk_exception_for_every_operation()
    {
        var mutator = new BodyMutator(7);
        var bodies = new Dictionary<string, string>();
        foreach (var (name, seedType, _) in s_operations)
        {
            var seed = BodyMutator.Sample(seedType);
            bodies[name + "#seed"] = seed;
            for (var i = 0; i < HttpCasesPerOperation; i++)
            {
                bodies[name + "#" + i] = mutator.Mutate(seed);
            }
        }

        _fake.Server.Given(Request.Create().WithPath("/api/v1/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(request => bodies[request.Headers!["X-Fuzz-Case"].Single()]));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/i1/building-users").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201));
        using var client = _fake.CreateClient(configure: o => o.Retry.MaxRetries = 0);

        var outcomes = new Dictionary<string, int>();
        foreach (var (name, _, call) in s_operations)
        {
            var seedOutcome = await Record.ExceptionAsync(() => call(client, Case(name + "#seed")));
            Assert.True(seedOutcome is null, $"{name} rejects its seed: {seedOutcome}");
            for (var i = 0; i < HttpCasesPerOperation; i++)
            {
                var key = name + "#" + i;
                var ex = await Record.ExceptionAsync(() => call(client, Case(key)));
                Tally(outcomes, ex, name, Encoding.UTF8.GetBytes(bodies[key]));
            }
        }

        _output.WriteLine(string.Join(Environment.NewLine, outcomes));
        Assert.Equal(s_operations.Length * HttpCasesPerOperation, outcomes.Values.Sum());
        Assert.Equal(s_operations.Length * (HttpCasesPerOperation + 1), _fake.Server.LogEntries.Count);
        Assert.True(outcomes.GetValueOrDefault("ok") > 0 && outcomes.Keys.Any(k => k.StartsWith(nameof(OpenAppSerializationException), StringComparison.Ordinal)),
            string.Join(", ", outcomes));

        static OpenAppRequestOptions Case(string key) => new() { Headers = { ["X-Fuzz-Case"] = key } };
    }

    private static void Tally(Dictionary<string, int> outcomes, Exception? ex, string what, byte[] body)
    {
        if (ex is OpenAppSerializationException serialization)
        {
            // Status and a capped excerpt, and the cause kept inside.
            Assert.Equal(200, serialization.Status);
            Assert.True(serialization.BodyExcerpt is null || serialization.BodyExcerpt.Length <= OpenAppApiException.MaxRawBodyLength);
        }

        Assert.True(ex is null or OpenAppException,
            $"{what}: {ex?.GetType().Name} for body {Encoding.UTF8.GetString(body)}\n{ex}");
        var key = ex is null ? "ok" : ex.GetType().Name + "/" + ex.InnerException?.GetType().Name;
        outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
    }

    private static (Type, Func<byte[], Task>) Contract<T>(JsonTypeInfo<T> typeInfo) =>
        (typeof(T), body =>
        {
            // The decoder the transport runs on every success body, fed the bytes an attempt would have read.
            using var outcome = AttemptOutcome.Answered(new HttpResponseMessage(HttpStatusCode.OK), new ResponseBody(body, body.Length, pooled: false));
            var plan = CallPlan.Create(new RequestSpec(HttpMethod.Get, "/fuzz", "fuzz") { RequiresOrganization = false }, null, "http://127.0.0.1/api/v1");
            ResponseDecoder.Decode(outcome, typeInfo, plan, new SecretScrubber(apiKey: null), CancellationToken.None);
            return Task.CompletedTask;
        }
    );
}
