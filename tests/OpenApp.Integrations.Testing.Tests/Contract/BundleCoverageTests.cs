using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Tests.Contract;

public class BundleCoverageTests : IClassFixture<FakeServerFixture>
{
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
