using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Every handler, by the bundle's operationId. Operations the fake does not serve yet answer 501
/// <c>not_implemented</c>, so a call to them fails clearly instead of reaching a missing handler; a test lists them.
/// </summary>
internal static class RouteHandlers
{
    /// <summary>The error code of operations the fake does not serve yet.</summary>
    public const string NotImplementedCode = "not_implemented";

    // Static initializers run in declaration order: the served handlers first, then the table built from them.
    private static readonly Dictionary<string, RouteHandler> s_implemented = BuildImplemented();

    public static IReadOnlyDictionary<string, RouteHandler> All { get; } = Build();

    /// <summary>The operations of the bundle the fake answers 501 to.</summary>
    public static IReadOnlyList<string> NotImplemented { get; } = BundleContract.Instance.Operations
        .Select(o => o.OperationId)
        .Where(id => !s_implemented.ContainsKey(id))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static Dictionary<string, RouteHandler> BuildImplemented()
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
        TransferRoutes.Register(handlers);
        WaveshareRoutes.Register(handlers);
        ChannelCountRoutes.Register(handlers);
        LocationRoutes.Register(handlers);
        DirectoryRoutes.Register(handlers);
        return handlers;
    }

    private static Dictionary<string, RouteHandler> Build()
    {
        var handlers = new Dictionary<string, RouteHandler>(s_implemented, StringComparer.Ordinal);
        foreach (var operation in BundleContract.Instance.Operations)
        {
            handlers.TryAdd(operation.OperationId, NotServed);
        }

        return handlers;
    }

    private static FakeResponse NotServed(FakeRequest request, RouteContext context) =>
        throw new FakeApiException(
            501,
            NotImplementedCode,
            $"FakeOpenAppServer does not serve {request.Operation.OperationId} ({request.Operation.Method} {request.Operation.PathTemplate}) yet.");
}
