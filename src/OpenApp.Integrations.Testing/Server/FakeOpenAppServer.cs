using OpenApp.Integrations.Testing.Faults;
using OpenApp.Integrations.Testing.Overrides;
using OpenApp.Integrations.Testing.Pipeline;
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
/// credentials checked (401), pages capped. Test hooks seed and inspect state (<see cref="SeedIntegration"/>,
/// <see cref="FindIntegration"/>), inject faults (<see cref="FailNext"/>), answer an operation with the test's own
/// answer (<see cref="Override(string, OverrideResponse, bool)"/>) and read the request log (<see cref="Requests"/>).
/// </summary>
/// <remarks>
/// Clients the server sets up (<see cref="CreateClient"/>, <see cref="ConfigureClientOptions"/>, and
/// <see cref="FakeOpenAppServerServiceCollectionExtensions.UseFakeOpenAppServer"/> for clients registered with
/// <c>AddOpenAppIntegrations</c>) retry without backoff (<see cref="FakeOpenAppServerOptions.ClientRetryBaseDelay"/>),
/// so injected 5xx answers cost no wall-clock time.
/// </remarks>
/// <example>
/// <code>
/// await using var server = await FakeOpenAppServer.StartNewAsync();
/// using var client = server.CreateClient();
/// var id = server.SeedIntegration();
/// server.FailNext(1, 503, route: "get_integration");     // retried at once; the call succeeds
/// var integration = await client.Integrations.GetAsync(id);
/// Assert.Equal(new[] { 503, 200 }, server.RequestsFor("get_integration").Select(r => r.ResponseStatus));
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
    private readonly OverrideTable _overrides = new();
    private readonly RequestLog _log = new();
    private readonly string _secret;
    private readonly RequestPipeline _pipeline;
    private FakeHost? _host;

    /// <summary>Creates a server; call <see cref="StartAsync"/> before using it (seeding works before that).</summary>
    /// <param name="options">Settings; copied. Null uses the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public FakeOpenAppServer(FakeOpenAppServerOptions? options = null)
    {
        _options = (options ?? new FakeOpenAppServerOptions()).Validated();
        _secret = _options.ApiKeySecret ?? "fake" + IdGenerator.NewToken(28);
        _store = new FakeStore(_options.TimeProvider);
        _routes = new RouteTable(BundleContract.Instance.Operations);
        _pipeline = new RequestPipeline(_store, _options, _routes, _faults, _overrides, _log, _secret, () => Host.BaseUrl);
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
    /// A valid API key for this server, <c>{origin}_openapp_{secret}</c>. The fake accepts any key with the same
    /// secret, in <c>X-API-Key</c> or as <c>Authorization: Bearer</c>. To aim a client at the server use
    /// <see cref="CreateClient"/> or <see cref="ConfigureClientOptions"/>, which also set the base URL: a base URL
    /// configured elsewhere wins over the one the key names.
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
    }

    /// <summary>
    /// An <see cref="OpenAppClient"/> aimed at this server (see <see cref="ConfigureClientOptions"/>: this server's key
    /// and API root, the organization, retries without backoff); the caller disposes it.
    /// </summary>
    /// <param name="organizationId">The client's default organization (<c>X-Org</c>); null for none.</param>
    /// <param name="configure">Changes the options before the client is built (header choice, clock, retries, ...).</param>
    /// <exception cref="InvalidOperationException">The server is not started.</exception>
    public OpenAppClient CreateClient(string? organizationId = DefaultOrganizationId, Action<OpenAppClientOptions>? configure = null)
    {
        var options = new OpenAppClientOptions();
        ConfigureClientOptions(options, organizationId);
        configure?.Invoke(options);
        return new OpenAppClient(options);
    }

    /// <summary>
    /// Aims client options at this server: <see cref="ApiKey"/> as the key (a <see cref="OpenAppClientOptions.Credential"/>
    /// is removed), <see cref="ApiRoot"/> as the base URL (so a base URL configured elsewhere does not win), the
    /// organization, and <see cref="FakeOpenAppServerOptions.ClientRetryBaseDelay"/> as the retries' base delay. Other
    /// settings stay as they are. For a client registered with <c>AddOpenAppIntegrations</c>, see
    /// <see cref="FakeOpenAppServerServiceCollectionExtensions.UseFakeOpenAppServer"/>.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="organizationId">The default organization (<c>X-Org</c>); null for none.</param>
    /// <exception cref="InvalidOperationException">The server is not started.</exception>
    /// <example>
    /// <code>
    /// services.AddOpenAppIntegrations(options => server.ConfigureClientOptions(options));
    /// </code>
    /// </example>
    public void ConfigureClientOptions(OpenAppClientOptions options, string? organizationId = DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ApiKey = ApiKey;
        options.Credential = null;
        options.BaseUrl = ApiRoot;
        options.OrganizationId = organizationId;
        if (_options.ClientRetryBaseDelay is { } delay)
        {
            options.Retry.BaseDelay = delay;
            if (options.Retry.MaxDelay < delay)
            {
                options.Retry.MaxDelay = delay;
            }
        }
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

    /// <summary>Forgets all state (every organization's data and images), the request log, the faults and the overrides.</summary>
    public void Reset()
    {
        lock (_store.Sync)
        {
            _store.Clear();
        }

        _log.Clear();
        _faults.Clear();
        _overrides.Clear();
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.DisposeAsync().ConfigureAwait(false);
        }

        _pipeline.Dispose();
    }

    /// <summary>The server's address (never the key).</summary>
    public override string ToString() => _host is null ? "FakeOpenAppServer(not started)" : $"FakeOpenAppServer({_host.BaseUrl})";

    /// <summary>The operations a test hook names (see <see cref="FailNext"/>'s <c>route</c>).</summary>
    private HashSet<string> OperationIds(string route, string parameterName)
    {
        var operations = _routes.Find(route);
        if (operations.Count == 0)
        {
            throw new ArgumentException(
                $"'{route}' names no operation: use an operationId such as get_integration, 'GET /integrations/{{id}}' or '/integrations/{{id}}'.",
                parameterName);
        }

        return operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
    }

    private Task HandleAsync(Microsoft.AspNetCore.Http.HttpContext context)
    {
        if (_host is null)
        {
            // Only reachable in the instant between Kestrel binding and StartAsync returning.
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        }

        return _pipeline.HandleAsync(context);
    }
}
