using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// The entry point of the SDK: one instance per account, shared by the whole app (thread-safe). Reach the
/// Integrations API through <see cref="Integrations"/>, another organization through <see cref="ForOrganization"/>,
/// and any other route through <see cref="Transport"/>.
/// </summary>
/// <example>
/// <code>
/// using var client = new OpenAppClient(apiKey, organizationId);
/// var page = await client.Integrations.ListAsync();
/// </code>
/// </example>
public partial class OpenAppClient : IDisposable
{
    private readonly TransportCore? _ownedCore;
    private readonly OpenAppTransport _transport;
    private readonly IntegrationsClient _integrations;

    /// <summary>Creates a client from an API key, with an optional default organization.</summary>
    /// <param name="apiKey">The API key, <c>{origin}_openapp_{secret}</c>; it names the server.</param>
    /// <param name="organizationId">The default organization for org-scoped calls.</param>
    /// <exception cref="ArgumentException">The key is malformed (the message never contains it).</exception>
    public OpenAppClient(string apiKey, string? organizationId = null)
        : this(new OpenAppClientOptions { ApiKey = apiKey, OrganizationId = organizationId })
    {
    }

    /// <summary>Creates a client that owns its HTTP connection (over a shared, pooled handler).</summary>
    /// <param name="options">The settings; copied.</param>
    public OpenAppClient(OpenAppClientOptions options)
        : this(options, httpClient: null)
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> the caller owns (e.g. from IHttpClientFactory).</summary>
    /// <param name="options">The settings; copied.</param>
    /// <param name="httpClient">The HTTP client; its Timeout is set to infinite (the SDK's pipeline owns timeouts).</param>
    public OpenAppClient(OpenAppClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ownedCore = ClientSetup.CreateCore(options, httpClient);
        _transport = new OpenAppTransport(_ownedCore, options.OrganizationId);
        _integrations = new IntegrationsClient(_transport);
    }

    /// <summary>For mocking: a client whose members are all overridden.</summary>
    protected OpenAppClient()
    {
        _transport = null!;
        _integrations = null!;
    }

    private OpenAppClient(OpenAppTransport transport)
    {
        _transport = transport;
        _integrations = new IntegrationsClient(transport);
    }

    /// <summary>The Integrations API.</summary>
    public virtual IntegrationsClient Integrations => _integrations;

    /// <summary>The transport: calls any OpenApp route with this client's organization, auth, retries and errors.</summary>
    public virtual OpenAppTransport Transport => _transport;

    /// <summary>The default organization (<c>X-Org</c>), if any.</summary>
    public virtual string? OrganizationId => _transport.OrganizationId;

    /// <summary>
    /// A client for another organization that shares this one's connection and settings. This client is unchanged;
    /// disposing the scoped client does nothing (the original owns the connection).
    /// </summary>
    /// <param name="organizationId">The organization id (ULID).</param>
    /// <exception cref="ArgumentException">The id is blank or not printable ASCII.</exception>
    public virtual OpenAppClient ForOrganization(string organizationId) =>
        new(_transport.WithOrganization(organizationId));

    /// <summary>Releases the HTTP client the SDK created (never one passed in, never the shared handler).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedCore?.Dispose();
        }
    }

    /// <summary>Describes the client without secrets.</summary>
    public override string ToString() => _transport is null ? "OpenAppClient(mock)" : "OpenAppClient(" + _transport + ")";
}
