using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Tests.Contract;

public class BundleCoverageTests
{
    [Fact]
    public void Every_bundle_operation_has_a_handler_and_every_handler_an_operation()
    {
        var operations = BundleContract.Instance.Operations.Select(o => o.OperationId).ToHashSet();

        Assert.Equal(30, operations.Count);
        Assert.Contains("upload_integration_image", operations);
        Assert.Empty(operations.Except(RouteHandlers.All.Keys));
        Assert.Empty(RouteHandlers.All.Keys.Except(operations));
    }

    [Fact]
    public void Organization_is_required_everywhere_but_the_two_provider_type_operations()
    {
        var open = BundleContract.Instance.Operations.Where(o => !o.RequiresOrganization).Select(o => o.OperationId).Order();

        Assert.Equal(new[] { "get_integration_provider_definition", "list_integration_provider_types" }, open);
    }

    [Fact]
    public void List_operations_take_the_flat_output_and_page_keys()
    {
        var list = BundleContract.Instance.ByOperationId["list_integrations"];

        Assert.Equal(
            new[] { "include_deleted", "include_metadata", "limit", "offset", "only_deleted", "provider_type", "q" },
            list.QueryParameters.Select(p => p.Name).Order());
        Assert.All(list.QueryParameters.Where(p => p.Name.Contains("deleted") || p.Name == "include_metadata"), p => Assert.True(p.Required));
    }
}
