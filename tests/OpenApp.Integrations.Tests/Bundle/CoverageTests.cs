using System.Reflection;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Bundle;

/// <summary>
/// Every operationId of the bundle (all 70) has an SDK method and at least one wire test
/// (<c>[Trait("operationId", ...)]</c>); the fake's handlers and the tour are checked in the Testing package's tests.
/// </summary>
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
        ["post_integration_image"] = "IntegrationImagesClient.UploadAsync",
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
        ["preview_integration_access_invite"] = "AccessInvitesClient.PreviewAsync",
        ["reconcile_integration_access_invite"] = "AccessInvitesClient.ReconcileAsync",
        ["revoke_integration_access_invite"] = "AccessInvitesClient.RevokeAsync",
        ["regenerate_integration_access_invite_token"] = "AccessInvitesClient.RegenerateTokenAsync",
        ["list_integration_access_invite_usage"] = "AccessInvitesClient.ListUsageAsync",
        ["list_integration_access_invite_renewal_requests"] = "AccessInvitesClient.ListRenewalRequestsAsync",
        ["dismiss_integration_access_invite_renewal_request"] = "AccessInvitesClient.DismissRenewalRequestAsync",
        ["get_access_invite_photo"] = "AccessInvitesClient.GetPhotoAsync",
        ["post_access_invite_photo"] = "AccessInvitesClient.UploadPhotoAsync",
        ["delete_access_invite_photo"] = "AccessInvitesClient.DeletePhotoAsync",
        ["post_access_invite_message_media"] = "AccessInvitesClient.UploadMessageMediaAsync",
        ["get_access_invite_message_media"] = "AccessInvitesClient.GetMessageMediaAsync",
        ["list_integration_door_usage"] = "DoorsClient.ListUsageAsync",
        ["list_deleted_integration_access_portals"] = "AccessPortalsClient.ListDeletedAsync",
        ["restore_integration_access_portal"] = "AccessPortalsClient.RestoreAsync",
        ["list_people"] = "PeopleClient.ListAsync",
        ["add_person"] = "PeopleClient.AddAsync",
        ["delete_person"] = "PeopleClient.DeleteAsync",
        ["post_integration_lan_agent_task_spec"] = "LanAgentClient.SubmitTaskSpecAsync",
        ["get_integration_lan_agent_tasks"] = "LanAgentClient.ListTasksAsync",
        ["list_integration_zones"] = "ZonesClient.ListAsync",
        ["list_integration_policies"] = "PoliciesClient.ListAsync",
        ["create_integration_policy"] = "PoliciesClient.CreateAsync",
        ["update_integration_policy"] = "PoliciesClient.UpdateAsync",
        ["delete_integration_policy"] = "PoliciesClient.DeleteAsync",
        ["get_integration_effective_policies"] = "PoliciesClient.GetEffectiveAsync",
        ["get_device_physical_status"] = "DevicesClient.GetPhysicalStatusAsync",
        ["release_steward"] = "DevicesClient.ReleaseStewardAsync",
        ["list_device_policies"] = "DevicesClient.ListPoliciesAsync",
        ["create_device_policy"] = "DevicesClient.CreatePolicyAsync",
        ["update_device_policy"] = "DevicesClient.UpdatePolicyAsync",
        ["delete_device_policy"] = "DevicesClient.DeletePolicyAsync",
        ["get_site_access_overview"] = "SiteClient.GetOverviewAsync",
        ["get_site_access_devices"] = "SiteClient.GetAccessDevicesAsync",
        ["get_site_readiness"] = "SiteClient.GetReadinessAsync",

        // Integration lifecycle, images, Waveshare provisioning, channel counts, locations and the building's directory.
        ["get_integration_transfer_preview"] = "IntegrationsClient.GetTransferPreviewAsync",
        ["post_integration_transfer"] = "IntegrationsClient.TransferAsync",
        ["get_integration_image"] = "IntegrationImagesClient.GetAsync",
        ["delete_integration_image"] = "IntegrationImagesClient.DeleteAsync",
        ["post_integration_image_copy_from"] = "IntegrationImagesClient.CopyFromAsync",
        ["get_waveshare_provisioning_status"] = "WaveshareProvisioningClient.GetStatusAsync",
        ["post_waveshare_provisioning_ack"] = "WaveshareProvisioningClient.AcknowledgeAsync",
        ["post_refresh_integration_device_channel_counts"] = "IntegrationsClient.RefreshDeviceChannelCountsAsync",
        ["list_integration_locations"] = "LocationsClient.ListAsync",
        ["list_integration_users"] = "PeopleClient.ListProviderUsersAsync",
        ["list_integration_directory_listing_members"] = "PeopleClient.ListListingMembersAsync",
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
    public void The_bundle_has_the_70_integrations_operations_of_the_current_contract()
    {
        Assert.Equal(70, BundleDocument.Operations.Count);
        Assert.Equal(70, SdkMethods.Count);
        Assert.All(BundleDocument.Operations.Values, op => Assert.StartsWith("/integrations", op.PathTemplate, StringComparison.Ordinal));
        Assert.DoesNotContain("list_building_users", BundleDocument.Operations.Keys);

        // X-Org is declared on 52 operations: not on the provider types, the policies, the media and the locations.
        var withoutOrganization = BundleDocument.Operations.Values.Where(op => !op.RequiresOrganization).Select(op => op.OperationId).ToList();
        Assert.Equal(18, withoutOrganization.Count);
        Assert.Contains("post_integration_image", withoutOrganization);
        Assert.Contains("list_integration_provider_types", withoutOrganization);
        Assert.DoesNotContain("get_integration", withoutOrganization);
    }
}
