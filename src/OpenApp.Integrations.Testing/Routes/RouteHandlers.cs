namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Every handler, by the bundle's operationId: one for each of the 70 operations (a test checks it).</summary>
internal static class RouteHandlers
{
    public static IReadOnlyDictionary<string, RouteHandler> All { get; } = Build();

    private static Dictionary<string, RouteHandler> Build()
    {
        var handlers = new Dictionary<string, RouteHandler>(StringComparer.Ordinal);
        IntegrationRoutes.Register(handlers);
        ProviderRoutes.Register(handlers);
        DeviceRoutes.Register(handlers);
        OpRoutes.Register(handlers);
        PortalRoutes.Register(handlers);
        InviteRoutes.Register(handlers);
        PeopleRoutes.Register(handlers);
        LanAgentRoutes.Register(handlers);
        ZoneRoutes.Register(handlers);
        ImageRoutes.Register(handlers);

        // Access invites beyond list/create/update/delete/restore, and door usage.
        InvitePlanningRoutes.Register(handlers);
        InviteLinkRoutes.Register(handlers);
        InviteGuestRoutes.Register(handlers);
        InviteMediaRoutes.Register(handlers);
        DoorRoutes.Register(handlers);

        // Policies of integrations and devices, devices, the site view.
        PolicyRoutes.Register(handlers);
        DevicePolicyRoutes.Register(handlers);
        SiteRoutes.Register(handlers);

        // Transfers, Waveshare provisioning, channel counts, locations and the directory.
        TransferRoutes.Register(handlers);
        WaveshareRoutes.Register(handlers);
        ChannelCountRoutes.Register(handlers);
        LocationRoutes.Register(handlers);
        DirectoryRoutes.Register(handlers);
        return handlers;
    }
}
