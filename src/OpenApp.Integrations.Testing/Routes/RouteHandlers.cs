namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Every handler, by the bundle's operationId. A test checks that each bundle operation has one.</summary>
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
        BuildingUserRoutes.Register(handlers);
        LanAgentRoutes.Register(handlers);
        ZoneRoutes.Register(handlers);
        ImageRoutes.Register(handlers);
        return handlers;
    }
}
