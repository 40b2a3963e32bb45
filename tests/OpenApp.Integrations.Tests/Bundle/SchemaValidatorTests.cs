using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>The request-body validator the wire tests rely on accepts good bodies and rejects bad ones.</summary>
public sealed class SchemaValidatorTests
{
    [Theory]
    [InlineData("create_integration", """{"org_id": "o", "provider_type": "virtual_access"}""")]
    [InlineData("create_integration", """{"org_id": "o", "provider_type": "virtual_access", "name": {"en": "Lobby"}, "config": null}""")]
    [InlineData("create_integration", """{"org_id": "o", "provider_type": "virtual_access", "name": "Lobby"}""")]
    [InlineData("update_integration", """{}""")]
    [InlineData("update_integration", """{"config": null, "secrets": {"k": "v"}, "name": null}""")]
    [InlineData("create_integration_access_portal", """{"name": {"en": "Lobby", "he": "לובי"}, "device_id": null, "directory_id": "d"}""")]
    [InlineData("create_integration_access_invite", """{"portal_ids": ["p1"], "schedules": [{"valid_from": "2026-01-02T03:04:05Z", "valid_to": "2026-01-03T03:04:05+02:00"}]}""")]
    [InlineData("create_integration_access_invite", """{"portal_ids": ["p1"], "schedules": [{"expires_in": "2h"}]}""")]
    [InlineData("add_person", """{"user_id": "u", "role": "resident"}""")]
    [InlineData("execute_integration_op", """{}""")]
    public async Task Accepts_bodies_that_fit_the_schema(string operationId, string json)
    {
        await BundleSchemas.ValidateRequestBodyAsync(operationId, json);
    }

    [Theory]
    [InlineData("create_integration", """{"provider_type": "virtual_access"}""")]
    [InlineData("create_integration", """{"org_id": "o", "provider_type": "virtual_access", "name": {"value": {"en": "Lobby"}}}""")]
    [InlineData("create_integration", """{"org_id": "o", "provider_type": "virtual_access", "enabled": null}""")]
    [InlineData("update_integration", """{"enabled": "yes"}""")]
    [InlineData("update_integration_access_portal", """{"name": {"en": 5}}""")]
    [InlineData("create_integration_access_portal", """{"device_id": "d"}""")]
    [InlineData("create_integration_access_portal", """{"name": "Lobby", "device_external_id": "d"}""")]
    [InlineData("create_integration_access_invite", """{"portal_ids": "p1", "schedules": []}""")]
    [InlineData("create_integration_access_invite", """{"portal_ids": ["p1"]}""")]
    [InlineData("create_integration_access_invite", """{"portal_ids": ["p1"], "schedules": [{"valid_from": "a"}]}""")]
    [InlineData("create_integration_access_invite", """{"portal_ids": ["p1"], "schedules": [], "valid_from": "2026-01-02T03:04:05Z"}""")]
    [InlineData("update_integration", """{"include_metadata": true}""")]
    [InlineData("add_person", """{"user_id": "u"}""")]
    [InlineData("post_integration_lan_agent_task_spec", """{"task_id": "t", "lan_protocol_version": -1, "payload": {}}""")]
    public async Task Rejects_bodies_that_do_not(string operationId, string json)
    {
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => BundleSchemas.ValidateRequestBodyAsync(operationId, json));
    }

    [Fact]
    public async Task A_body_for_an_operation_that_takes_none_is_an_error()
    {
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => BundleSchemas.ValidateRequestBodyAsync("get_integration", "{}"));
    }

    [Fact]
    public async Task The_multipart_form_needs_its_file_part()
    {
        await BundleSchemas.ValidateRequestBodyAsync("post_integration_image", """{"file": "iVBORw0KGgo="}""", "multipart/form-data");
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(
            () => BundleSchemas.ValidateRequestBodyAsync("post_integration_image", """{"image": "iVBORw0KGgo="}""", "multipart/form-data"));
    }

    [Fact]
    public async Task Response_samples_are_checked_against_the_response_schema()
    {
        await BundleSchemas.ValidateResponseBodyAsync("get_integration", 200, Samples.Integration);
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => BundleSchemas.ValidateResponseBodyAsync(
            "get_integration", 200, Samples.Integration.Replace("\"provider_type_name\"", "\"provider_type_label\"", StringComparison.Ordinal)));
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => BundleSchemas.ValidateResponseBodyAsync(
            "list_integration_access_portals", 200, """{"items": [{"id": "p", "public_id": "x", "name": {"value": {"en": "Lobby"}}}], "total": 1}"""));
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => BundleSchemas.ValidateResponseBodyAsync(
            "list_integration_access_portals", 200, """{"portals": []}"""));
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => BundleSchemas.ValidateResponseBodyAsync(
            "list_integrations", 200, """{"items": [], "total": -1}"""));
    }
}
