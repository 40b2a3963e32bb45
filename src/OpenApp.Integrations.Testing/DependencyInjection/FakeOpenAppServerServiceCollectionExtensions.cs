using Microsoft.Extensions.DependencyInjection;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// Aims the <see cref="OpenAppClient"/>s an app registers with <c>AddOpenAppIntegrations</c> at a
/// <see cref="FakeOpenAppServer"/>, for tests of the app as it is wired (e.g. with <c>WebApplicationFactory</c>).
/// </summary>
/// <example>
/// <code>
/// await using var server = await FakeOpenAppServer.StartNewAsync();
/// using var app = new WebApplicationFactory&lt;Program&gt;().WithWebHostBuilder(web =&gt;
///     web.ConfigureServices(services =&gt; services.UseFakeOpenAppServer(server)));
/// server.SeedIntegration();
/// var response = await app.CreateClient().GetAsync("/buildings");   // the app's OpenAppClient calls the fake
/// </code>
/// </example>
public static class FakeOpenAppServerServiceCollectionExtensions
{
    /// <summary>
    /// Points every <see cref="OpenAppClient"/> registered in <paramref name="services"/> (the default one and keyed
    /// ones) at <paramref name="server"/>, with <see cref="FakeOpenAppServer.ConfigureClientOptions"/>: the server's
    /// key and API root, <paramref name="organizationId"/>, and retries without backoff. It runs after the app's own
    /// configuration (configuration sections, <c>configure</c> callbacks), so it wins over a real base URL, key or
    /// credential there, whether it is called before or after <c>AddOpenAppIntegrations</c>. The server must be
    /// started by the time the first client is resolved.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="server">The fake server.</param>
    /// <param name="organizationId">The organization every client uses (<c>X-Org</c>); null for none. The default is
    /// the organization the server's seeding methods use.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    public static IServiceCollection UseFakeOpenAppServer(
        this IServiceCollection services,
        FakeOpenAppServer server,
        string? organizationId = FakeOpenAppServer.DefaultOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(server);
        return services.PostConfigureAll<OpenAppClientOptions>(options => server.ConfigureClientOptions(options, organizationId));
    }
}
