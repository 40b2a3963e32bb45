using System.Reflection;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>Every operationId of the bundle has an SDK method and at least one wire test (<c>[Trait("operationId", ...)]</c>).</summary>
public sealed class CoverageTests
{
    /// <summary>The SDK method of each operation, as "ClientType.MethodName".</summary>
    public static readonly IReadOnlyDictionary<string, string> SdkMethods = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["list_integrations"] = "IntegrationsClient.ListAsync",
        ["create_integration"] = "IntegrationsClient.CreateAsync",
        ["get_integration"] = "IntegrationsClient.GetAsync",
        ["update_integration"] = "IntegrationsClient.UpdateAsync",
        ["hard_delete_integration"] = "IntegrationsClient.PurgeAsync",
        ["restore_integration"] = "IntegrationsClient.RestoreAsync",
        ["list_integration_provider_types"] = "IntegrationsClient.ListProviderTypesAsync",
        ["get_integration_provider_definition"] = "IntegrationsClient.GetProviderDefinitionAsync",
        ["get_integration_device_metadata_schema"] = "IntegrationsClient.GetDeviceMetadataSchemaAsync",
        ["get_integration_discovered_devices"] = "IntegrationsClient.GetDiscoveredDevicesAsync",
        ["list_integration_entities"] = "IntegrationsClient.ListEntitiesAsync",
        ["list_integration_ops"] = "IntegrationsClient.ListOpsAsync",
        ["execute_integration_op"] = "IntegrationsClient.RunOpAsync",
        ["upload_integration_image"] = "IntegrationsClient.UploadImageAsync",
        ["list_integration_access_portals"] = "AccessPortalsClient.ListAsync",
        ["create_integration_access_portal"] = "AccessPortalsClient.CreateAsync",
        ["get_access_portal_by_id"] = "AccessPortalsClient.GetAsync",
        ["update_integration_access_portal"] = "AccessPortalsClient.UpdateAsync",
        ["delete_integration_access_portal"] = "AccessPortalsClient.DeleteAsync",
        ["list_integration_access_invites"] = "AccessInvitesClient.ListAsync",
        ["create_integration_access_invite"] = "AccessInvitesClient.CreateAsync",
        ["update_integration_access_invite"] = "AccessInvitesClient.UpdateAsync",
        ["delete_integration_access_invite"] = "AccessInvitesClient.DeleteAsync",
        ["restore_integration_access_invite"] = "AccessInvitesClient.RestoreAsync",
        ["list_building_users"] = "BuildingUsersClient.ListAsync",
        ["add_building_user"] = "BuildingUsersClient.AddAsync",
        ["delete_building_user"] = "BuildingUsersClient.DeleteAsync",
        ["post_integration_lan_agent_task_spec"] = "LanAgentClient.SubmitTaskSpecAsync",
        ["get_integration_lan_agent_tasks"] = "LanAgentClient.ListTasksAsync",
        ["list_integration_zones"] = "ZonesClient.ListAsync",
    };

    [Fact]
    public void Every_operation_has_an_sdk_method()
    {
        var sdk = typeof(OpenAppClient).Assembly;
        var problems = new List<string>();
        foreach (var operationId in BundleDocument.Operations.Keys.Order(StringComparer.Ordinal))
        {
            if (!SdkMethods.TryGetValue(operationId, out var name))
            {
                problems.Add($"{operationId}: no SDK method mapped in CoverageTests.SdkMethods");
                continue;
            }

            var (typeName, methodName) = (name.Split('.')[0], name.Split('.')[1]);
            var type = sdk.GetType("OpenApp.Integrations." + typeName);
            var methods = type?.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == methodName).ToList();
            if (methods is null || methods.Count == 0)
            {
                problems.Add($"{operationId}: {name} does not exist");
            }
            else if (methods.Any(m => !typeof(Task).IsAssignableFrom(m.ReturnType) || !m.IsVirtual ||
                m.GetParameters() is not [.., { ParameterType: var last }] || last != typeof(CancellationToken)))
            {
                problems.Add($"{operationId}: {name} must be virtual, return a Task and take a CancellationToken last");
            }
        }

        problems.AddRange(SdkMethods.Keys.Where(id => !BundleDocument.Operations.ContainsKey(id)).Select(id => $"{id}: mapped but not in the bundle"));
        Assert.True(problems.Count == 0, "Operations without a proper SDK method:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Every_operation_has_a_wire_test()
    {
        var traits = typeof(CoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .SelectMany(m => m.GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "operationId")
                .Select(a => (Operation: (string)a.ConstructorArguments[1].Value!, Test: m.DeclaringType!.Name + "." + m.Name)))
            .ToList();
        var tested = traits.Select(t => t.Operation).ToHashSet(StringComparer.Ordinal);

        var untested = BundleDocument.Operations.Keys.Where(id => !tested.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var unknown = traits.Where(t => !BundleDocument.Operations.ContainsKey(t.Operation)).Select(t => $"{t.Test} names '{t.Operation}'").ToList();

        Assert.True(untested.Count == 0, "Operations without a wire test ([Trait(\"operationId\", ...)]):\n  " + string.Join("\n  ", untested));
        Assert.True(unknown.Count == 0, "Wire tests naming an operationId the bundle does not have:\n  " + string.Join("\n  ", unknown));
    }

    [Fact]
    public void The_bundle_has_the_29_integrations_operations_and_the_image_upload()
    {
        Assert.Equal(30, BundleDocument.Operations.Count);
        Assert.Contains("upload_integration_image", BundleDocument.Operations.Keys);
        Assert.All(BundleDocument.Operations.Values, op => Assert.StartsWith("/integrations", op.PathTemplate, StringComparison.Ordinal));
        Assert.Equal(
            new[] { "get_integration_provider_definition", "list_integration_provider_types" },
            BundleDocument.Operations.Values.Where(op => !op.RequiresOrganization).Select(op => op.OperationId).Order(StringComparer.Ordinal));
    }
}
