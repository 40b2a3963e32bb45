using System.Net;
using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Tests.Contract;

public class BundleCoverageTests : IClassFixture<FakeServerFixture>
{
    /// <summary>
    /// The operations of the current contract the fake does not serve yet: it answers them 501 <c>not_implemented</c>.
    /// Each one leaves this list when its handler arrives (with the SDK method that calls it).
    /// </summary>
    private static readonly string[] s_notServedYet =
    {
        "create_device_policy", "create_integration_policy", "delete_access_invite_photo", "delete_device_policy",
        "delete_integration_policy", "dismiss_integration_access_invite_renewal_request",
        "get_access_invite_message_media", "get_access_invite_photo", "get_device_physical_status",
        "get_integration_effective_policies",
        "get_site_access_devices", "get_site_access_overview", "get_site_readiness",
        "list_deleted_integration_access_portals", "list_device_policies", "list_integration_access_invite_renewal_requests",
        "list_integration_access_invite_usage", "list_integration_door_usage",
        "list_integration_policies", "post_access_invite_message_media",
        "post_access_invite_photo",
        "preview_integration_access_invite",
        "reconcile_integration_access_invite", "regenerate_integration_access_invite_token", "release_steward",
        "restore_integration_access_portal", "revoke_integration_access_invite", "update_device_policy",
        "update_integration_policy",
    };

    private readonly FakeOpenAppServer _server;

    public BundleCoverageTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public void Every_bundle_operation_has_a_handler_and_every_handler_an_operation()
    {
        var operations = BundleContract.Instance.Operations.Select(o => o.OperationId).ToHashSet();

        Assert.Equal(70, operations.Count);
        Assert.Contains("post_integration_image", operations);
        Assert.Contains("list_people", operations);
        Assert.Empty(operations.Except(RouteHandlers.All.Keys));
        Assert.Empty(RouteHandlers.All.Keys.Except(operations));
    }

    [Fact]
    public void The_operations_not_served_yet_are_exactly_the_named_ones()
    {
        Assert.Equal(s_notServedYet.Order(StringComparer.Ordinal), RouteHandlers.NotImplemented);
    }

    [Fact]
    public async Task An_operation_not_served_yet_answers_501_not_implemented_with_an_error_body()
    {
        var id = _server.SeedIntegration();

        var (status, body) = await Raw.SendAsync(
            HttpMethod.Get, new Uri(_server.ApiRoot + "/integrations/" + id + "/readiness"), _server.ApiKey, FakeOpenAppServer.DefaultOrganizationId);

        Assert.Equal((int)HttpStatusCode.NotImplemented, status);
        var error = JsonSerializer.Deserialize(body, OpenAppJson.TypeInfo<ApiErrorResponse>())!;
        Assert.Equal(RouteHandlers.NotImplementedCode, error.ErrorCode);
        Assert.Contains("get_site_readiness", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Organization_is_required_everywhere_but_provider_types_policies_media_and_locations()
    {
        var open = BundleContract.Instance.Operations.Where(o => !o.RequiresOrganization).Select(o => o.OperationId).ToList();

        Assert.Equal(18, open.Count);
        Assert.Contains("list_integration_provider_types", open);
        Assert.Contains("post_integration_image", open);
        Assert.Contains("list_integration_locations", open);
        Assert.DoesNotContain("list_people", open);
    }

    [Fact]
    public void List_operations_take_the_flat_output_and_page_keys()
    {
        var list = BundleContract.Instance.ByOperationId["list_integrations"];

        Assert.Equal(
            new[] { "include_deleted", "limit", "offset", "only_deleted", "provider_type", "q" },
            list.QueryParameters.Select(p => p.Name).Order());
        Assert.All(list.QueryParameters, p => Assert.False(p.Required));
        Assert.Equal(
            new[] { "external_record_id", "external_source", "kind", "limit", "offset", "portal_id", "state", "valid_from_after", "valid_to_before" },
            BundleContract.Instance.ByOperationId["list_integration_access_invites"].QueryParameters.Select(p => p.Name).Order());
    }
}
