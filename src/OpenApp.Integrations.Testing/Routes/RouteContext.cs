using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>What a handler may touch: the store (its lock is held), the options and the server's address.</summary>
internal sealed class RouteContext
{
    public required FakeStore Store { get; init; }

    public required FakeOpenAppServerOptions Options { get; init; }

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:5123</c>, for URLs it hands out.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The request's time: read once, so every timestamp one request writes agrees.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The calling organization's state (routes that need no organization must not use it).</summary>
    public OrganizationState Organization(FakeRequest request) =>
        Store.Organization(request.OrganizationId ?? throw new InvalidOperationException("This route has no organization."));

    /// <summary>The integration, 404 when this organization has none with that id (or it is soft-deleted and not asked for).</summary>
    public IntegrationRecord Integration(FakeRequest request, string parameter = "id", bool includeDeleted = false)
    {
        var id = request.Route(parameter);
        var integration = Organization(request).Find(id);
        if (integration is null || (integration.IsDeleted && !includeDeleted))
        {
            throw FakeApiException.NotFound("integration", id);
        }

        return integration;
    }

    /// <summary>
    /// The integration of a route the contract declares without <c>X-Org</c> (images): looked up in every
    /// organization, 404 when none has it (or it is soft-deleted).
    /// </summary>
    public IntegrationRecord IntegrationWithoutOrganization(FakeRequest request, string parameter = "id")
    {
        var id = request.Route(parameter);
        var integration = Store.FindInAnyOrganization(id);
        return integration is null || integration.IsDeleted ? throw FakeApiException.NotFound("integration", id) : integration;
    }
}

/// <summary>Handles one operation. Runs under the store's lock; throws <see cref="FakeApiException"/> for error answers.</summary>
/// <param name="request">The checked request.</param>
/// <param name="context">The state and settings.</param>
internal delegate FakeResponse RouteHandler(FakeRequest request, RouteContext context);
