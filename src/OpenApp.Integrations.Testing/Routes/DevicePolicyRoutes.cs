using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// One device of an integration as the policies API sees it: the physical device behind it, its steward slot, and its
/// policies. A device is any device id of the integration's live entities (404 otherwise). The first device policy
/// registers the physical device and claims the free steward slot for the caller; changing or removing a device
/// policy needs the slot (it is claimed again when free); releasing it keeps the policies. The fake has a single
/// caller, a verified admin of every provider's hardware, so a 403 comes only from releasing a slot it does not hold.
/// No <c>X-Org</c>, as the contract declares.
/// </summary>
internal static class DevicePolicyRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["get_device_physical_status"] = PhysicalStatus;
        handlers["release_steward"] = ReleaseSteward;
        handlers["list_device_policies"] = List;
        handlers["create_device_policy"] = Create;
        handlers["update_device_policy"] = Update;
        handlers["delete_device_policy"] = Delete;
    }

    private static FakeResponse PhysicalStatus(FakeRequest request, RouteContext context)
    {
        var (integration, deviceId) = Device(request, context);
        var physical = integration.Policies.Devices.GetValueOrDefault(deviceId);
        return FakeResponse.Ok(new JsonObject
        {
            ["provider_supports_steward"] = true,
            ["has_steward"] = physical?.StewardHeld ?? false,
            ["is_steward"] = physical?.StewardHeld ?? false,
            ["can_claim"] = true,
            ["is_primary_instance"] = true,
            ["physical_device_id"] = physical?.Id,
            ["hardware_id"] = physical?.HardwareId ?? HardwareId(integration, deviceId),
            ["admin_status"] = "admin",
        });
    }

    private static FakeResponse ReleaseSteward(FakeRequest request, RouteContext context)
    {
        var (integration, deviceId) = Device(request, context);
        if (integration.Policies.Devices.GetValueOrDefault(deviceId) is not { StewardHeld: true } physical)
        {
            throw new FakeApiException(403, "not_steward", $"The caller is not the steward of device '{deviceId}'.");
        }

        physical.StewardHeld = false;
        return FakeResponse.NoContent();
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var (integration, deviceId) = Device(request, context);
        var policies = integration.Policies.Devices.GetValueOrDefault(deviceId)?.Policies ?? new List<PolicyRecord>();
        return FakeResponse.Ok(new JsonArray(policies.Select(p => (JsonNode)PolicyRoutes.View(p, integration)).ToArray()));
    }

    private static FakeResponse Create(FakeRequest request, RouteContext context)
    {
        var (integration, deviceId) = Device(request, context);
        var physical = Steward(integration, deviceId, context);
        var policy = PolicyRoutes.NewPolicy(request.BodyObject, "device", physical.Id, context);
        physical.Policies.Add(policy);
        return new FakeResponse(201, PolicyRoutes.View(policy, integration, PolicyRoutes.Conflicts(policy, integration, context.Now)));
    }

    private static FakeResponse Update(FakeRequest request, RouteContext context)
    {
        var (integration, deviceId) = Device(request, context);
        var (physical, policy) = Find(integration, deviceId, request.Route("policy_id"));
        Claim(physical);
        PolicyRoutes.Apply(policy, request.BodyObject, context);
        return FakeResponse.Ok(PolicyRoutes.View(policy, integration));
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var (integration, deviceId) = Device(request, context);
        var (physical, policy) = Find(integration, deviceId, request.Route("policy_id"));
        Claim(physical);
        physical.Policies.Remove(policy);
        return FakeResponse.NoContent();
    }

    /// <summary>The integration and a device id it has, or 404.</summary>
    private static (IntegrationRecord Integration, string DeviceId) Device(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        var deviceId = request.Route("device_id");
        return integration.Entities.Any(e => e.DeviceId == deviceId && e.DeletedAt is null)
            ? (integration, deviceId)
            : throw FakeApiException.NotFound("device", deviceId);
    }

    /// <summary>The device's physical device, registered on first use, with the steward slot claimed by the caller.</summary>
    private static PhysicalDeviceRecord Steward(IntegrationRecord integration, string deviceId, RouteContext context)
    {
        if (!integration.Policies.Devices.TryGetValue(deviceId, out var physical))
        {
            physical = new PhysicalDeviceRecord { Id = context.Store.Ids.NewId(), HardwareId = HardwareId(integration, deviceId) };
            integration.Policies.Devices.Add(deviceId, physical);
        }

        Claim(physical);
        return physical;
    }

    // With one caller, a free slot is always the caller's to take.
    private static void Claim(PhysicalDeviceRecord physical) => physical.StewardHeld = true;

    private static (PhysicalDeviceRecord Physical, PolicyRecord Policy) Find(IntegrationRecord integration, string deviceId, string policyId) =>
        integration.Policies.Devices.GetValueOrDefault(deviceId) is { } physical && physical.Policies.FirstOrDefault(p => p.Id == policyId) is { } policy
            ? (physical, policy)
            : throw FakeApiException.NotFound("device policy", policyId);

    /// <summary>The controller-level identity: the device's id at the provider, when its entities have one.</summary>
    private static string? HardwareId(IntegrationRecord integration, string deviceId) =>
        integration.Entities.FirstOrDefault(e => e.DeviceId == deviceId && e.ExternalId is not null)?.ExternalId is { } external
            ? integration.ProviderType + ":" + external
            : null;
}
