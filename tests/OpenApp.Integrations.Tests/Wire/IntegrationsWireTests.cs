using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the integration operations themselves (list, create, get, update, purge, restore, entities, ops, ...).</summary>
public sealed class IntegrationsWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public IntegrationsWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "list_integrations")]
    public async Task List_sends_every_list_key_flat_then_the_filters_and_decodes_the_page()
    {
        await _fake.RespondAsync("list_integrations", 200, Samples.IntegrationPage);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.ListAsync(
            new ListIntegrationsOptions { ProviderType = ProviderType.VirtualAccess, Query = "lobby" });

        await _fake.AssertSingleCallAsync(
            "list_integrations",
            "GET",
            "/integrations?include_deleted=false&only_deleted=false&limit=50&offset=0&provider_type=virtual_access&q=lobby",
            TestKeys.Org,
            jsonBody: null);
        var page = response.Value;
        Assert.Equal(200, response.Status);
        Assert.Equal(57, page.Total);
        Assert.Equal(0, page.Offset);
        Assert.Equal(50, page.Limit);
        Assert.Equal(2, page.Items.Count);
        Assert.True(page.HasMore);
        var first = page.Items[0];
        Assert.Equal(Samples.IntegrationId, first.Id);
        Assert.Equal(ProviderType.VirtualAccess, first.ProviderType);
        Assert.Equal("דלת הלובי", first.Name["he"]);
        Assert.Equal("Virtual access", first.ProviderTypeName.Get("en"));
        Assert.Equal(IntegrationHealth.Ok, first.Health);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 21, 7, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(ProviderType.HomeAssistant, page.Items[1].ProviderType);
        Assert.Equal(IntegrationHealth.Error, page.Items[1].Health);
        Assert.Null(page.Items[1].CreatedAt);
    }

    [Fact]
    [Trait("operationId", "list_integrations")]
    public async Task List_sends_the_flags_and_page_it_is_given_lowercase_and_leaves_null_filters_out()
    {
        await _fake.RespondAsync("list_integrations", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.ListAsync(new ListIntegrationsOptions
        {
            IncludeDeleted = true,
            OnlyDeleted = true,
            Limit = 200,
            Offset = 400,
        })).Value;

        await _fake.AssertSingleCallAsync(
            "list_integrations",
            "GET",
            "/integrations?include_deleted=true&only_deleted=true&limit=200&offset=400",
            TestKeys.Org,
            jsonBody: null);
        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
    }

    [Fact]
    [Trait("operationId", "list_integrations")]
    public async Task List_without_options_still_sends_the_defaults_and_escapes_the_search_text()
    {
        await _fake.RespondAsync("list_integrations", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient();

        await client.Integrations.ListAsync(new ListIntegrationsOptions { Query = "lobby & gate/דלת" });

        await _fake.AssertSingleCallAsync(
            "list_integrations",
            "GET",
            "/integrations?include_deleted=false&only_deleted=false&limit=50&offset=0&q=lobby%20%26%20gate%2F%D7%93%D7%9C%D7%AA",
            TestKeys.Org,
            jsonBody: null);
    }

    [Theory]
    [Trait("operationId", "list_integrations")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task List_leaves_a_blank_search_and_provider_filter_out(string blank)
    {
        await _fake.RespondAsync("list_integrations", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient();

        await client.Integrations.ListAsync(new ListIntegrationsOptions { Query = blank, ProviderType = new ProviderType(blank) });

        await _fake.AssertSingleCallAsync(
            "list_integrations",
            "GET",
            "/integrations?include_deleted=false&only_deleted=false&limit=50&offset=0",
            TestKeys.Org,
            jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "create_integration")]
    public async Task One_request_without_org_id_reused_concurrently_for_two_orgs_carries_each_call_s_org()
    {
        await _fake.RespondAsync("create_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();
        var request = new CreateIntegrationRequest { ProviderType = ProviderType.VirtualAccess, Name = "Lobby" };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.Integrations.CreateAsync(
            request,
            requestOptions: new OpenAppRequestOptions { OrganizationId = i % 2 == 0 ? TestKeys.Org : TestKeys.OtherOrg })));

        Assert.Equal(string.Empty, request.OrgId);
        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(20, entries.Count);
        Assert.All(entries, e =>
        {
            var body = JsonDocument.Parse(e.Body!).RootElement;
            Assert.Equal(e.Headers!["X-Org"].Single(), body.GetProperty("org_id").GetString());
            Assert.Equal("Lobby", body.GetProperty("name").GetString());
        });
    }

    [Fact]
    [Trait("operationId", "create_integration")]
    public async Task Create_sends_the_body_with_the_client_org_and_decodes_the_integration()
    {
        await _fake.RespondAsync("create_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        var created = (await client.Integrations.CreateAsync(
            new CreateIntegrationRequest
            {
                ProviderType = ProviderType.VirtualAccess,
                Name = new LocalizedString(new Dictionary<string, string> { ["en"] = "Lobby door", ["he"] = "דלת הלובי" }),
                Enabled = true,
                Config = Json.Parse("""{"open_duration_seconds": 5, "relay": 1}"""),
                Secrets = Json.Parse("""{"webhook_token": "whsec_4f8a2c"}"""),
            },
            new ReadOptions { IncludeDeleted = false })).Value;

        await _fake.AssertSingleCallAsync(
            "create_integration",
            "POST",
            "/integrations?include_deleted=false",
            TestKeys.Org,
            """
            {
              "org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA",
              "provider_type": "virtual_access",
              "name": { "en": "Lobby door", "he": "דלת הלובי" },
              "enabled": true,
              "config": { "open_duration_seconds": 5, "relay": 1 },
              "secrets": { "webhook_token": "whsec_4f8a2c" }
            }
            """);
        AssertIsSampleIntegration(created);
    }

    [Fact]
    [Trait("operationId", "create_integration")]
    public async Task Create_without_optional_fields_sends_only_the_required_ones_and_a_plain_string_name()
    {
        await _fake.RespondAsync("create_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = ProviderType.VirtualAccess, Name = "Lobby door" });

        // No "enabled": false (that would create a disabled integration), no config or secrets, name as sent.
        await _fake.AssertSingleCallAsync(
            "create_integration",
            "POST",
            "/integrations",
            TestKeys.Org,
            """{"org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA", "provider_type": "virtual_access", "name": "Lobby door"}""");
    }

    [Fact]
    [Trait("operationId", "get_integration")]
    public async Task Get_sends_the_read_flags_and_decodes_storage_fields()
    {
        await _fake.RespondAsync("get_integration", 200, Samples.DeletedIntegration);
        using var client = _fake.CreateClient();

        var integration = (await client.Integrations.GetAsync(Id, new ReadOptions { IncludeDeleted = true })).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration", "GET", $"/integrations/{Id}?include_deleted=true", TestKeys.Org, jsonBody: null);
        Assert.Equal(ProviderType.ShellyCloud, integration.ProviderType);
        Assert.Equal(IntegrationHealth.Error, integration.Health);
        Assert.False(integration.Enabled);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 17, 45, 0, TimeSpan.Zero), integration.DeletedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 19, 17, 45, 0, TimeSpan.Zero), integration.PurgeAt);
        Assert.Null(integration.Config);
        Assert.Equal("Garage gate", integration.Name.Get("he"));
    }

    [Fact]
    [Trait("operationId", "get_integration")]
    public async Task Get_without_read_options_sends_no_query()
    {
        await _fake.RespondAsync("get_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        AssertIsSampleIntegration(await client.Integrations.GetAsync(Id));

        await _fake.AssertSingleCallAsync("get_integration", "GET", $"/integrations/{Id}", TestKeys.Org, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "update_integration")]
    public async Task Update_sends_every_field_that_is_set()
    {
        await _fake.RespondAsync("update_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        var updated = (await client.Integrations.UpdateAsync(
            Id,
            new UpdateIntegrationRequest
            {
                Name = LocalizedString.FromLocale("en", "Lobby door"),
                Enabled = false,
                ProviderType = ProviderType.VirtualAccess,
                Config = Json.Parse("""{"open_duration_seconds": 8}"""),
                Secrets = Json.Parse("""{"webhook_token": "whsec_rotated"}"""),
            },
            new ReadOptions { IncludeDeleted = true })).Value;

        await _fake.AssertSingleCallAsync(
            "update_integration",
            "PUT",
            $"/integrations/{Id}?include_deleted=true",
            TestKeys.Org,
            """
            {
              "name": { "en": "Lobby door" },
              "enabled": false,
              "provider_type": "virtual_access",
              "config": { "open_duration_seconds": 8 },
              "secrets": { "webhook_token": "whsec_rotated" }
            }
            """);
        AssertIsSampleIntegration(updated);
    }

    [Fact]
    [Trait("operationId", "update_integration")]
    public async Task Update_with_only_a_name_sends_only_the_name()
    {
        await _fake.RespondAsync("update_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        await client.Integrations.UpdateAsync(Id, new UpdateIntegrationRequest { Name = "Lobby door" });

        // A rename must not clear config or secrets, nor flip enabled.
        await _fake.AssertSingleCallAsync("update_integration", "PUT", $"/integrations/{Id}", TestKeys.Org, """{"name": "Lobby door"}""");
    }

    [Fact]
    [Trait("operationId", "update_integration")]
    public async Task Update_with_config_null_sends_config_null_and_leaves_secrets_out()
    {
        await _fake.RespondAsync("update_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        await client.Integrations.UpdateAsync(Id, new UpdateIntegrationRequest { Config = null });

        await _fake.AssertSingleCallAsync("update_integration", "PUT", $"/integrations/{Id}", TestKeys.Org, """{"config": null}""");
    }

    [Fact]
    [Trait("operationId", "update_integration")]
    public async Task Update_with_secrets_null_sends_secrets_null_and_leaves_config_out()
    {
        await _fake.RespondAsync("update_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        await client.Integrations.UpdateAsync(Id, new UpdateIntegrationRequest { Secrets = null, Enabled = true });

        await _fake.AssertSingleCallAsync(
            "update_integration", "PUT", $"/integrations/{Id}", TestKeys.Org, """{"secrets": null, "enabled": true}""");
    }

    [Fact]
    [Trait("operationId", "update_integration")]
    public async Task Update_with_nothing_set_sends_an_empty_object()
    {
        await _fake.RespondAsync("update_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        await client.Integrations.UpdateAsync(Id, new UpdateIntegrationRequest());

        await _fake.AssertSingleCallAsync("update_integration", "PUT", $"/integrations/{Id}", TestKeys.Org, "{}");
    }

    [Fact]
    [Trait("operationId", "hard_delete_integration")]
    public async Task Purge_sends_delete_to_the_purge_route_and_decodes_the_purged_integration()
    {
        await _fake.RespondAsync("hard_delete_integration", 200, Samples.DeletedIntegration);
        using var client = _fake.CreateClient();

        var purged = (await client.Integrations.PurgeAsync(Id, new ReadOptions { IncludeDeleted = true })).Value;

        await _fake.AssertSingleCallAsync(
            "hard_delete_integration", "DELETE", $"/integrations/{Id}/purge?include_deleted=true", TestKeys.Org, jsonBody: null);
        Assert.Equal(Samples.IntegrationId, purged.Id);
        Assert.NotNull(purged.DeletedAt);
    }

    [Fact]
    [Trait("operationId", "restore_integration")]
    public async Task Restore_posts_without_a_body_and_decodes_the_integration()
    {
        await _fake.RespondAsync("restore_integration", 200, Samples.Integration);
        using var client = _fake.CreateClient();

        var restored = (await client.Integrations.RestoreAsync(Id)).Value;

        await _fake.AssertSingleCallAsync("restore_integration", "POST", $"/integrations/{Id}/restore", TestKeys.Org, jsonBody: null);
        AssertIsSampleIntegration(restored);
    }

    [Fact]
    [Trait("operationId", "get_integration_device_metadata_schema")]
    public async Task Device_metadata_schema_decodes_the_provider_and_its_json_schema()
    {
        await _fake.RespondAsync("get_integration_device_metadata_schema", 200, Samples.DeviceMetadataSchema);
        using var client = _fake.CreateClient();

        var schema = (await client.Integrations.GetDeviceMetadataSchemaAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_device_metadata_schema", "GET", $"/integrations/{Id}/device-metadata-schema", TestKeys.Org, jsonBody: null);
        Assert.Equal(ProviderType.ShellyCloud, schema.ProviderType);
        Assert.Equal(JsonValueKind.Object, schema.Schema.ValueKind);
        Assert.Equal("integer", schema.Schema.GetProperty("properties").GetProperty("relay_channel").GetProperty("type").GetString());
    }

    [Fact]
    [Trait("operationId", "get_integration_discovered_devices")]
    public async Task Discovered_devices_come_back_as_json()
    {
        await _fake.RespondAsync("get_integration_discovered_devices", 200, Samples.DiscoveredDevices);
        using var client = _fake.CreateClient();

        var devices = (await client.Integrations.GetDiscoveredDevicesAsync(Id, new ReadOptions { IncludeDeleted = true })).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_discovered_devices", "GET", $"/integrations/{Id}/discovered-devices?include_deleted=true", TestKeys.Org, jsonBody: null);
        var list = devices.GetProperty("devices");
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("shelly-e8db84d1a2c3", list[0].GetProperty("external_id").GetString());
        Assert.False(list[1].GetProperty("online").GetBoolean());
    }

    [Fact]
    [Trait("operationId", "list_integration_entities")]
    public async Task Entities_send_the_list_keys_and_comma_joined_types_and_decode_the_page()
    {
        await _fake.RespondAsync("list_integration_entities", 200, Samples.EntityPage);
        using var client = _fake.CreateClient();

        var page = (await client.Integrations.ListEntitiesAsync(
            Id,
            new ListEntitiesOptions { EntityTypes = { EntityType.Door, "switch" }, Limit = 100 })).Value;

        // The comma is percent-encoded like any reserved character in a value (servers decode it to "door,switch").
        var request = await _fake.AssertSingleCallAsync(
            "list_integration_entities",
            "GET",
            $"/integrations/{Id}/entities?include_deleted=false&only_deleted=false&limit=100&offset=0&entity_type=door%2Cswitch",
            TestKeys.Org,
            jsonBody: null);
        Assert.Equal("door,switch", Assert.Single(request.Query!["entity_type"]));
        Assert.Equal(2, page.Total);
        var door = page.Items[0];
        Assert.Equal(EntityType.Door, door.EntityType);
        Assert.Equal("shelly-e8db84d1a2c3", door.DeviceId);
        Assert.Equal("0", door.EntityMetadata!["channel"]);
        Assert.Equal("SNSW-001X16EU", door.Metadata!["model"]);
        Assert.False(door.State!.Value.GetProperty("open").GetBoolean());
        Assert.Equal("door", door.EntryKind);
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 9, 59, 58, TimeSpan.Zero), door.UpdatedAt);
        Assert.Equal(EntityType.Switch, page.Items[1].EntityType);
        Assert.Null(page.Items[1].Name);
    }

    [Fact]
    [Trait("operationId", "list_integration_entities")]
    public async Task Entities_without_types_send_no_entity_type()
    {
        await _fake.RespondAsync("list_integration_entities", 200, """{"items": [], "total": 0}""");
        using var client = _fake.CreateClient();

        await client.Integrations.ListEntitiesAsync(Id, new ListEntitiesOptions { EntityTypes = new List<EntityType>(), Offset = 50 });

        await _fake.AssertSingleCallAsync(
            "list_integration_entities",
            "GET",
            $"/integrations/{Id}/entities?include_deleted=false&only_deleted=false&limit=50&offset=50",
            TestKeys.Org,
            jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "list_integration_ops")]
    public async Task Ops_come_back_as_json()
    {
        await _fake.RespondAsync("list_integration_ops", 200, Samples.Ops);
        using var client = _fake.CreateClient();

        var ops = (await client.Integrations.ListOpsAsync(Id, new ReadOptions { IncludeDeleted = false })).Value;

        await _fake.AssertSingleCallAsync("list_integration_ops", "GET", $"/integrations/{Id}/ops?include_deleted=false", TestKeys.Org, jsonBody: null);
        Assert.Equal(JsonValueKind.Array, ops.ValueKind);
        Assert.Equal("open_door", ops[0].GetProperty("id").GetString());
        Assert.Equal("פתח דלת", ops[0].GetProperty("name").GetProperty("he").GetString());
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_posts_the_input_and_returns_the_result_as_json()
    {
        await _fake.RespondAsync("execute_integration_op", 200, Samples.OpResult);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.RunOpAsync(Id, "open_door", Json.Parse("""{"duration_seconds": 5}"""));

        await _fake.AssertSingleCallAsync(
            "execute_integration_op", "POST", $"/integrations/{Id}/ops/open_door", TestKeys.Org, """{"duration_seconds": 5}""");
        Assert.Equal(200, response.Status);
        Assert.False(response.Value.IsPendingApproval);
        Assert.Null(response.Value.PendingApproval);
        Assert.True(response.Value.Result.GetProperty("ok").GetBoolean());
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_held_for_approval_returns_the_pending_request_without_throwing()
    {
        await _fake.RespondAsync("execute_integration_op", 202, Samples.PendingApproval);
        using var client = _fake.CreateClient();

        var response = await client.Integrations.RunOpAsync(Id, "open_door");

        Assert.Equal(202, response.Status);
        var result = response.Value;
        Assert.True(result.IsPendingApproval);
        Assert.Equal("01JA86H0ZC8X4V7W2B9D1E3G6K", result.PendingApproval.Id);
        Assert.Equal("pending", result.PendingApproval.Status);
        Assert.Equal("integration_op", result.PendingApproval.SubjectKind);
        Assert.Equal(JsonValueKind.Undefined, result.Result.ValueKind);
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_with_a_202_that_is_not_an_approval_fails_as_a_decoding_error()
    {
        _fake.RespondToAny(202, """["not", "an", "approval"]""");
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppSerializationException>(() => client.Integrations.RunOpAsync(Id, "open_door"));

        Assert.Equal(202, ex.Status);
        Assert.Equal("execute_integration_op", ex.OperationName);
        Assert.Contains("not", ex.BodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_without_input_sends_an_empty_object()
    {
        await _fake.RespondAsync("execute_integration_op", 200, Samples.OpResult);
        using var client = _fake.CreateClient();

        await client.Integrations.RunOpAsync(Id, "sync_devices");

        await _fake.AssertSingleCallAsync("execute_integration_op", "POST", $"/integrations/{Id}/ops/sync_devices", TestKeys.Org, "{}");
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_with_a_json_null_input_sends_an_empty_object()
    {
        await _fake.RespondAsync("execute_integration_op", 200, Samples.OpResult);
        using var client = _fake.CreateClient();

        await client.Integrations.RunOpAsync(Id, "sync_devices", Json.Parse("null"));

        await _fake.AssertSingleCallAsync("execute_integration_op", "POST", $"/integrations/{Id}/ops/sync_devices", TestKeys.Org, "{}");
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_takes_any_value_with_its_source_generated_type_info()
    {
        await _fake.RespondAsync("execute_integration_op", 200, Samples.OpResult);
        using var client = _fake.CreateClient();

        var result = await client.Integrations.RunOpAsync(Id, "open_door", new OpenDoorInput(2, "Lobby"), OpInputJsonContext.Default.OpenDoorInput);

        Assert.False(result.Value.IsPendingApproval);
        await _fake.AssertSingleCallAsync("execute_integration_op", "POST", $"/integrations/{Id}/ops/open_door", TestKeys.Org, """{"channel":2,"door_name":"Lobby"}""");
    }

    [Fact]
    [Trait("operationId", "execute_integration_op")]
    public async Task Run_op_takes_a_json_node()
    {
        await _fake.RespondAsync("execute_integration_op", 200, Samples.OpResult);
        using var client = _fake.CreateClient();

        await client.Integrations.RunOpAsync(Id, "open_door", new System.Text.Json.Nodes.JsonObject { ["channel"] = 2, ["hold"] = true });

        await _fake.AssertSingleCallAsync("execute_integration_op", "POST", $"/integrations/{Id}/ops/open_door", TestKeys.Org, """{"channel":2,"hold":true}""");
    }

    [Fact]
    public async Task Run_op_refuses_a_missing_type_info_or_node_before_sending()
    {
        using var client = _fake.CreateClient();

        await Assert.ThrowsAsync<ArgumentNullException>("bodyType", () => client.Integrations.RunOpAsync(Id, "open_door", new OpenDoorInput(1, "x"), null!));
        await Assert.ThrowsAsync<ArgumentNullException>("body", () => client.Integrations.RunOpAsync(Id, "open_door", (System.Text.Json.Nodes.JsonNode)null!));
        Assert.Empty(_fake.Server.LogEntries);
    }

    private static void AssertIsSampleIntegration(IntegrationResponse integration)
    {
        Assert.Equal(Samples.IntegrationId, integration.Id);
        Assert.Equal(TestKeys.Org, integration.OrgId);
        Assert.Equal(ProviderType.VirtualAccess, integration.ProviderType);
        Assert.Equal("Lobby door", integration.Name["en"]);
        Assert.Equal("דלת הלובי", integration.Name["he"]);
        Assert.Equal("גישה וירטואלית", integration.ProviderTypeName["he"]);
        Assert.True(integration.Enabled);
        Assert.Equal(IntegrationHealth.Ok, integration.Health);
        Assert.Equal(5, integration.Config!.Value.GetProperty("open_duration_seconds").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 21, 7, TimeSpan.Zero), integration.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 10, 0, 0, 123, TimeSpan.Zero), integration.UpdatedAt);
        Assert.Null(integration.DeletedAt);
    }
}

/// <summary>An op input of the caller's own, written through the caller's own source-generated context.</summary>
public sealed record OpenDoorInput(int Channel, string DoorName);

/// <summary>The caller's context for <see cref="OpenDoorInput"/>.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(OpenDoorInput))]
public sealed partial class OpInputJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
