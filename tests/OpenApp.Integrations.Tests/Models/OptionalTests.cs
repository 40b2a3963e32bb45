using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Conventions;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>
/// Optional request fields: unset (left out), set to null (sent as null), set to a value. Callers assign the plain
/// properties; the generated models keep an internal <c>Optional&lt;T&gt;</c> behind each for the serializer.
/// </summary>
public sealed class OptionalTests
{
    private static string Write(UpdateIntegrationRequest request) =>
        JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<UpdateIntegrationRequest>());

    private static string Write(CreateIntegrationRequest request) =>
        JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<CreateIntegrationRequest>());

    [Fact]
    public void Default_is_unset_and_assignment_sets_even_null()
    {
        Optional<string?> unset = default;
        Optional<string?> setToNull = null;
        Optional<string?> setToValue = "Lobby";

        Assert.False(unset.IsSet);
        Assert.True(setToNull.IsSet);
        Assert.Null(setToNull.Value);
        Assert.True(setToValue.IsSet);
        Assert.Equal("Lobby", setToValue.Value);
        Assert.Equal("fallback", unset.GetValueOrDefault("fallback"));
        Assert.Null(setToNull.GetValueOrDefault("fallback"));
    }

    [Fact]
    public void Equality_tells_unset_from_null()
    {
        Assert.NotEqual(default(Optional<string?>), new Optional<string?>(null));
        Assert.Equal(new Optional<string?>("a"), (Optional<string?>)"a");
        Assert.True(default(Optional<int?>) == default(Optional<int?>));
        Assert.True(new Optional<int?>(1) != new Optional<int?>(2));
    }

    [Fact]
    public void ToString_never_shows_the_value()
    {
        Optional<string?> secret = "PLANTED-secret-value";

        Assert.DoesNotContain("PLANTED", secret.ToString(), StringComparison.Ordinal);
        Assert.Equal("Optional(unset)", default(Optional<string?>).ToString());
        Assert.Equal("Optional(null)", new Optional<string?>(null).ToString());
    }

    [Fact]
    public void Unset_fields_are_left_out_of_the_json()
    {
        Assert.Equal("{}", Write(new UpdateIntegrationRequest()));
    }

    [Fact]
    public void Null_fields_are_written_as_null()
    {
        WireAssert.AssertJsonEqual(
            """{"config": null, "secrets": null, "enabled": null, "name": null, "provider_type": null}""",
            Write(new UpdateIntegrationRequest { Config = null, Secrets = null, Enabled = null, Name = null, ProviderType = null }));
    }

    [Fact]
    public void Set_fields_are_written_as_their_values()
    {
        WireAssert.AssertJsonEqual(
            """{"config": {"relay": 2}, "enabled": true, "name": {"en": "Gate"}}""",
            Write(new UpdateIntegrationRequest
            {
                Config = Json.Parse("""{"relay": 2}"""),
                Enabled = true,
                Name = LocalizedString.FromLocale("en", "Gate"),
            }));
    }

    [Fact]
    public void Reading_tells_absent_from_null_from_a_value()
    {
        var request = JsonSerializer.Deserialize(
            """{"config": null, "enabled": false, "name": "Gate"}""", OpenAppJson.TypeInfo<UpdateIntegrationRequest>())!;

        Assert.True(request.ConfigOnWire.IsSet);
        Assert.Null(request.Config);
        Assert.False(request.SecretsOnWire.IsSet);
        Assert.True(request.EnabledOnWire.IsSet);
        Assert.False(request.Enabled);
        Assert.Equal("Gate", request.Name!.PlainText);
        WireAssert.AssertJsonEqual("""{"config": null, "enabled": false, "name": "Gate"}""", Write(request));
    }

    [Fact]
    public void Plain_values_assign_to_optional_fields_and_read_back()
    {
        var request = new UpdateIntegrationRequest { Name = "Lobby", ProviderType = ProviderType.VirtualAccess, Enabled = false };

        Assert.Equal("Lobby", request.Name!.PlainText);
        Assert.Equal(ProviderType.VirtualAccess, request.ProviderType);
        Assert.False(request.Enabled);
        Assert.Null(request.Config);
        Assert.Equal("""{"enabled":false,"name":"Lobby","provider_type":"virtual_access"}""", Write(request));
    }

    [Fact]
    public void Setting_a_field_again_keeps_the_last_value_and_null_after_a_value_is_sent_as_null()
    {
        var request = new UpdateAccessPortalRequest { DeviceId = "door-1" };
        request.DeviceId = null;

        Assert.Equal("""{"device_id":null}""", JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<UpdateAccessPortalRequest>()));
    }

    [Fact]
    public void An_optional_list_starts_empty_is_sent_once_it_has_items_and_when_assigned()
    {
        var untouched = new UpdateAccessInviteRequest();
        Assert.NotNull(untouched.PortalIds);
        Assert.Empty(untouched.PortalIds);
        Assert.Equal("{}", JsonSerializer.Serialize(untouched, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>()));

        var filled = new UpdateAccessInviteRequest { PortalIds = { "p1", "p2" } };
        Assert.Equal("""{"portal_ids":["p1","p2"]}""", JsonSerializer.Serialize(filled, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>()));

        var assignedEmpty = new UpdateAccessInviteRequest { Contacts = new List<AccessInviteContactInput>() };
        Assert.Equal("""{"contacts":[]}""", JsonSerializer.Serialize(assignedEmpty, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>()));

        var assignedNull = new UpdateAccessInviteRequest { Contacts = null };
        Assert.Empty(assignedNull.Contacts!);
        Assert.True(assignedNull.Contacts!.IsReadOnly);
        Assert.Equal("""{"contacts":null}""", JsonSerializer.Serialize(assignedNull, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>()));
    }

    // Exact strings below, not JSON equality: "left out" and "written as null" must not be confused, and the
    // property order is the model's.
    [Fact]
    public void A_create_request_with_unset_fields_writes_only_the_required_ones()
    {
        Assert.Equal(
            """{"org_id":"org-1","provider_type":"virtual_access"}""",
            Write(new CreateIntegrationRequest { OrgId = "org-1", ProviderType = ProviderType.VirtualAccess }));
    }

    [Fact]
    public void A_create_request_with_fields_set_to_null_writes_them_as_null_where_the_contract_allows_null()
    {
        // enabled is a plain boolean in the contract: null would be refused, so setting it to null leaves it out.
        Assert.Equal(
            """{"config":null,"name":null,"org_id":"org-1","provider_type":"virtual_access","secrets":null}""",
            Write(new CreateIntegrationRequest { OrgId = "org-1", ProviderType = ProviderType.VirtualAccess, Config = null, Enabled = null, Name = null, Secrets = null }));
    }

    [Fact]
    public void A_create_request_writes_set_values_even_when_they_equal_the_value_types_default()
    {
        // Enabled = false must be sent (it creates a disabled integration): only an unset field is "default".
        Assert.Equal(
            """{"config":{"relay":2},"enabled":false,"name":{"en":"Gate"},"org_id":"org-1","provider_type":"virtual_access","secrets":{"token":"t"}}""",
            Write(new CreateIntegrationRequest
            {
                OrgId = "org-1",
                ProviderType = ProviderType.VirtualAccess,
                Config = Json.Parse("""{"relay": 2}"""),
                Enabled = false,
                Name = LocalizedString.FromLocale("en", "Gate"),
                Secrets = Json.Parse("""{"token": "t"}"""),
            }));
    }

    [Fact]
    public void An_update_request_writes_unset_null_and_set_fields_exactly()
    {
        Assert.Equal("{}", Write(new UpdateIntegrationRequest()));
        Assert.Equal(
            """{"config":null,"enabled":false,"name":"Gate","provider_type":null}""",
            Write(new UpdateIntegrationRequest { Config = null, Enabled = false, Name = "Gate", ProviderType = null }));
        Assert.Equal(
            """{"secrets":{"token":"t"}}""",
            Write(new UpdateIntegrationRequest { Secrets = Json.Parse("""{"token": "t"}""") }));
    }

    [Fact]
    public void Null_on_a_field_the_contract_does_not_let_be_null_leaves_it_out_and_a_value_still_goes()
    {
        var share = true;
        var request = new CreateAccessInviteRequest
        {
            PortalIds = { "p1" },
            Schedules = { new InviteScheduleEntryInput { ExpiresIn = "1h", IsEnabled = null } },
            Kind = share ? (AccessInviteKind?)null : AccessInviteKind.Invitation,
            Audience = null,
            Contacts = null,
            MaxUses = null,
        };

        // max_uses may be null (no limit); kind, audience, contacts and is_enabled may not.
        Assert.Equal(
            """{"max_uses":null,"portal_ids":["p1"],"schedules":[{"expires_in":"1h"}]}""",
            JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<CreateAccessInviteRequest>()));
        Assert.Null(request.Kind);
        Assert.Empty(request.Contacts!);

        request.Kind = AccessInviteKind.Share;
        Assert.Contains("\"kind\":\"share\"", JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<CreateAccessInviteRequest>()), StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_and_false_are_sent_when_set()
    {
        var json = JsonSerializer.Serialize(
            new UpdateAccessInviteRequest { MaxUses = 0, IsEnabled = false }, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>());

        Assert.Equal("""{"is_enabled":false,"max_uses":0}""", json);
    }

    [Fact]
    public void Every_optional_field_is_skipped_by_comparison_with_its_default()
    {
        // The rule is declared on each property (JsonIgnore WhenWritingDefault compares through IEquatable, without
        // boxing); a contract modifier with a ShouldSerialize callback would box every field on every write.
        var optionalProperties = PublicSurface.Sdk.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>))
            .ToArray();

        Assert.True(optionalProperties.Length > 40, $"Only {optionalProperties.Length} optional request fields were found.");
        Assert.All(optionalProperties, property =>
        {
            Assert.False(property.GetMethod!.IsPublic, $"{property.DeclaringType!.Name}.{property.Name} must stay internal: callers assign the plain property.");
            Assert.NotNull(property.GetCustomAttribute<JsonIncludeAttribute>());
            Assert.Equal(JsonIgnoreCondition.WhenWritingDefault, property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition);
            var plain = property.DeclaringType!.GetProperty(property.Name[..^"OnWire".Length]);
            Assert.True(plain is { GetMethod.IsPublic: true, SetMethod.IsPublic: true }, $"{property.Name} has no public plain property.");
            Assert.Equal(JsonIgnoreCondition.Always, plain!.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition);
        });
    }

    [Fact]
    public void Request_models_have_no_way_to_send_an_undeclared_key()
    {
        // Requests never send a key the contract does not declare: no extension data on any request model.
        var requests = PublicSurface.Types.Where(t => t.Namespace == "OpenApp.Integrations.Models" &&
            BundleDocument.Document["components"]!["schemas"]![t.Name]?["x-openapp-request"] is not null).ToList();

        Assert.Equal(16, requests.Count);
        Assert.All(requests, t => Assert.Null(t.GetProperty("AdditionalProperties")));
    }

    [Fact]
    public void The_converter_uses_the_contract_of_the_options_it_is_called_with()
    {
        // A copy of the options shares the converter instances: a cached contract must not leak from one to the
        // other. Here the copy writes numbers as strings, which only its own contract for int? does.
        var asStrings = new JsonSerializerOptions(OpenAppJson.Options) { NumberHandling = JsonNumberHandling.WriteAsString };
        var request = new UpdateAccessInviteRequest { MaxUses = 3 };

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("""{"max_uses":3}""", JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<UpdateAccessInviteRequest>()));
            Assert.Equal("""{"max_uses":"3"}""", JsonSerializer.Serialize(request, asStrings.GetTypeInfo(typeof(UpdateAccessInviteRequest))));
        }
    }
}
