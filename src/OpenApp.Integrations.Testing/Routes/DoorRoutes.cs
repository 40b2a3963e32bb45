namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The uses of a door (last 30 days, newest first), by the device id of one of the integration's door entities; 404
/// for a device the integration has no door on.
/// </summary>
internal static class DoorRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_door_usage"] = Usage;
    }

    private static FakeResponse Usage(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request);
        var deviceId = request.Route("device_id");
        if (!integration.Entities.Any(e => e.DeviceId == deviceId && e.EntityType == "door" && e.DeletedAt is null))
        {
            throw FakeApiException.NotFound("door device", deviceId);
        }

        return FakeResponse.Ok(InviteViews.Usage(integration.Usage.Where(u => u.DeviceId == deviceId), context.Now, ofDoor: true));
    }
}
