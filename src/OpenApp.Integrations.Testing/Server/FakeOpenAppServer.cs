using OpenApp.Integrations.Testing.Faults;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Server;
using OpenApp.Integrations.Testing.State;
using OpenApp.Integrations.Testing.Validation;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// An in-process fake of the OpenApp Integrations API on 127.0.0.1 (a port the OS picks), for testing code built on
/// <see cref="OpenAppClient"/> over real HTTP. It serves every operation of the SDK's bundle with real state per
/// organization and behaves like the server where a client can tell: <c>X-Org</c> required (403), other
/// organizations' resources not found (404), bodies and queries checked against the bundle (400 naming the field),
/// credentials checked (401), pages capped. Test hooks inject faults, read the request log and seed data.
/// </summary>
/// <example>
/// <code>
/// await using var server = await FakeOpenAppServer.StartNewAsync();
/// using var client = server.CreateClient();
/// var created = await client.Integrations.CreateAsync(new CreateIntegrationRequest { ProviderType = "virtual_access" });
/// server.FailNext(1, 503, route: "get_integration");
/// </code>
/// </example>
public sealed partial class FakeOpenAppServer : IAsyncDisposable
{
    /// <summary>The organization <see cref="CreateClient"/> uses unless told otherwise.</summary>
    public const string DefaultOrganizationId = "01HFAKE0RG0000000000000000";

    /// <summary>A second organization, handy for isolation tests (any organization id is accepted).</summary>
    public const string OtherOrganizationId = "01HFAKE0RG0000000000000001";

    private readonly FakeOpenAppServerOptions _options;
    private readonly FakeStore _store;
    private readonly RouteTable _routes;
    private readonly FaultPlan _faults = new();
    private readonly RequestLog _log = new();
    private readonly string _secret;
    private FakeHost? _host;
    private RequestDispatcher? _dispatcher;

    /// <summary>Creates a server; call <see cref="StartAsync"/> before using it (seeding works before that).</summary>
    /// <param name="options">Settings; copied. Null uses the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public FakeOpenAppServer(FakeOpenAppServerOptions? options = null)
    {
        _options = (options ?? new FakeOpenAppServerOptions()).Validated();
        _secret = _options.ApiKeySecret ?? "fake" + IdGenerator.NewToken(28);
        _store = new FakeStore(_options.TimeProvider);
        _routes = new RouteTable(BundleContract.Instance.Operations);
    }

    /// <summary>Creates and starts a server.</summary>
    /// <param name="options">Settings; copied.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeOpenAppServer> StartNewAsync(FakeOpenAppServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeOpenAppServer(options);
        try
        {
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Whether the server is listening.</summary>
    public bool IsRunning => _host is not null;

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:53124</c>.</summary>
    /// <exception cref="InvalidOperationException">The server is not started.</exception>
    public Uri BaseUrl => Host.BaseUrl;

    /// <summary>The API root, e.g. <c>http://127.0.0.1:53124/api/v1</c> (what <see cref="OpenAppClientOptions.BaseUrl"/> takes).</summary>
    public Uri ApiRoot => new(Host.BaseUrl, "/api/v1");

    /// <summary>
    /// A valid API key for this server, <c>{origin}_openapp_{secret}</c>: a client built from it alone finds the server.
    /// The fake accepts any key with the same secret, in <c>X-API-Key</c> or as <c>Authorization: Bearer</c>.
    /// </summary>
    public string ApiKey => Host.BaseUrl.GetLeftPart(UriPartial.Authority) + OpenAppApiKey.Separator + _secret;

    /// <summary>Every request received so far, oldest first (credentials and secrets redacted).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    private FakeHost Host => _host ?? throw new InvalidOperationException("The fake server is not started: call StartAsync first.");

    /// <summary>Starts listening on 127.0.0.1 with a port the OS picks.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The server is already started.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_host is not null)
        {
            throw new InvalidOperationException("The fake server is already started.");
        }

        _host = await FakeHost.StartAsync(HandleAsync, cancellationToken).ConfigureAwait(false);
        _dispatcher = new RequestDispatcher(_store, _options, _routes, _faults, _log, _secret, () => _host.BaseUrl);
    }

    /// <summary>An <see cref="OpenAppClient"/> pointed at this server with <see cref="ApiKey"/>; the caller disposes it.</summary>
    /// <param name="organizationId">The client's default organization (<c>X-Org</c>); null for none.</param>
    /// <param name="configure">Changes the options before the client is built (header choice, clock, ...).</param>
    public OpenAppClient CreateClient(string? organizationId = DefaultOrganizationId, Action<OpenAppClientOptions>? configure = null)
    {
        var options = new OpenAppClientOptions { ApiKey = ApiKey, OrganizationId = organizationId };
        configure?.Invoke(options);
        return new OpenAppClient(options);
    }

    /// <summary>The requests that matched one operation, oldest first.</summary>
    /// <param name="operationId">The bundle operationId, e.g. <c>list_integrations</c>.</param>
    public IReadOnlyList<RecordedRequest> RequestsFor(string operationId) =>
        _log.Snapshot().Where(r => string.Equals(r.OperationId, operationId, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Waits for a request that matches (one already received counts), e.g. to act while an injected delay holds
    /// it. Pass a token with a timeout so a request that never comes fails the test instead of hanging it.
    /// </summary>
    /// <param name="predicate">What to wait for; null for any request.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool>? predicate = null, CancellationToken cancellationToken = default) =>
        _log.WaitAsync(predicate ?? (_ => true), cancellationToken);

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>
    /// Makes the next <paramref name="count"/> matching requests fail: after an optional delay, the connection is
    /// dropped or the status is answered with an <c>ApiErrorResponse</c> body (and <c>Retry-After</c> if given).
    /// </summary>
    /// <param name="count">How many requests to fail, 1 or more.</param>
    /// <param name="status">The status to answer, 400 to 599 (ignored when the connection is dropped).</param>
    /// <param name="route">Only requests of this route: an operationId (<c>get_integration</c>), <c>METHOD /template</c>
    /// or a template (<c>/integrations/{id}</c>); null for every request.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send (whole seconds, rounded up).</param>
    /// <param name="delay">How long to wait first, on <see cref="FakeOpenAppServerOptions.TimeProvider"/>.</param>
    /// <param name="dropConnection">Drop the connection instead of answering.</param>
    /// <returns>The fault, to check how often it was served or cancel it.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the route is unknown.</exception>
    public InjectedFault FailNext(
        int count,
        int status,
        string? route = null,
        TimeSpan? retryAfter = null,
        TimeSpan? delay = null,
        bool dropConnection = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A failure status is 400 to 599.");
        }

        return AddFault(count, status, route, retryAfter, delay, dropConnection, firstAttemptOnly: false);
    }

    /// <summary>Delays the next <paramref name="count"/> matching requests, then serves them normally.</summary>
    /// <param name="count">How many requests to delay, 1 or more.</param>
    /// <param name="delay">How long, on <see cref="FakeOpenAppServerOptions.TimeProvider"/>.</param>
    /// <param name="route">Only requests of this route (see <see cref="FailNext"/>); null for every request.</param>
    public InjectedFault DelayNext(int count, TimeSpan delay, string? route = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return AddFault(count, 0, route, null, delay, false, firstAttemptOnly: false);
    }

    /// <summary>
    /// Fails the first attempt of every logical call (told apart by <c>X-Correlation-Id</c>, which the SDK keeps the
    /// same on retries) until cancelled: a flaky server that a client with retries still gets through.
    /// Requests without a correlation id are served normally.
    /// </summary>
    /// <param name="status">The status, 400 to 599 (e.g. 503, or 429 with <paramref name="retryAfter"/>).</param>
    /// <param name="route">Only requests of this route (see <see cref="FailNext"/>); null for every request.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send.</param>
    public InjectedFault FailFirstAttempts(int status, string? route = null, TimeSpan? retryAfter = null)
    {
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A failure status is 400 to 599.");
        }

        return AddFault(int.MaxValue, status, route, retryAfter, null, false, firstAttemptOnly: true);
    }

    /// <summary>Cancels every injected fault.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Forgets all state (every organization's data and images), the request log and the faults.</summary>
    public void Reset()
    {
        lock (_store.Sync)
        {
            _store.Clear();
        }

        _log.Clear();
        _faults.Clear();
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The server's address (never the key).</summary>
    public override string ToString() => _host is null ? "FakeOpenAppServer(not started)" : $"FakeOpenAppServer({_host.BaseUrl})";

    private InjectedFault AddFault(int count, int status, string? route, TimeSpan? retryAfter, TimeSpan? delay, bool dropConnection, bool firstAttemptOnly)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, "Retry-After must not be negative.");
        }

        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay must not be negative.");
        }

        HashSet<string>? operationIds = null;
        if (route is not null)
        {
            var operations = _routes.Find(route);
            if (operations.Count == 0)
            {
                throw new ArgumentException(
                    $"'{route}' names no operation: use an operationId such as get_integration, 'GET /integrations/{{id}}' or '/integrations/{{id}}'.",
                    nameof(route));
            }

            operationIds = operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
        }

        var fault = new InjectedFault(count, status, route, operationIds, retryAfter, delay, dropConnection, firstAttemptOnly);
        _faults.Add(fault);
        return fault;
    }

    private Task HandleAsync(Microsoft.AspNetCore.Http.HttpContext context)
    {
        if (_dispatcher is { } dispatcher)
        {
            return dispatcher.HandleAsync(context);
        }

        // Only reachable in the instant between Kestrel binding and StartAsync returning.
        context.Response.StatusCode = 503;
        return Task.CompletedTask;
    }
}
