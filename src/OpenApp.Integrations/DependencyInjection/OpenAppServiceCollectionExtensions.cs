using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenApp.Integrations;
using OpenApp.Integrations.DependencyInjection;
using OpenApp.Integrations.Transport;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="OpenAppClient"/> in a service collection: a thread-safe singleton whose HTTP client comes from
/// <see cref="IHttpClientFactory"/>, with options validated when the app starts.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"))
///     .AddHttpMessageHandler&lt;MyAuditHandler&gt;();
/// // then inject OpenAppClient anywhere
/// </code>
/// </example>
public static class OpenAppServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> of the default registration; keyed ones append <c>:{key}</c>.</summary>
    public const string HttpClientName = "OpenApp.Integrations";

    /// <summary>Registers the default <see cref="OpenAppClient"/>, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (API key, organization, ...); runs once, when the client is first built.</param>
    /// <returns>The builder of the client's named <see cref="HttpClient"/>, to add handlers or configure it.</returns>
    public static IHttpClientBuilder AddOpenAppIntegrations(this IServiceCollection services, Action<OpenAppClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, serviceKey: null, section: null, configure);
    }

    /// <summary>
    /// Registers the default <see cref="OpenAppClient"/> from a configuration section such as
    /// <c>"OpenApp": { "ApiKey": "...", "OrganizationId": "...", "Retry": { "MaxRetries": 2 } }</c>.
    /// </summary>
    /// <remarks>
    /// Every setting of <see cref="OpenAppClientOptions"/> that holds a value binds from the section, by its property
    /// name: <c>ApiKey</c>, <c>ApiKeyHeader</c>, <c>BaseUrl</c>, <c>OrganizationId</c>, <c>UserAgentSuffix</c>,
    /// <c>MaxResponseBodyBytes</c>, <c>AllowInsecureHttp</c>, <c>Retry:*</c> and <c>Logging:*</c> (see
    /// <c>docs/configuration.md</c>). Objects (<c>Credential</c>, <c>TimeProvider</c>, <c>LoggerFactory</c>,
    /// <c>MeterFactory</c>) are set in <paramref name="configure"/>. An unknown or misspelled key, or a value that
    /// cannot be read, stops the app at start-up with a message naming the key.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>builder.Configuration.GetSection("OpenApp")</c>.</param>
    /// <param name="configure">Optional settings applied after the section (e.g. a credential or time provider).</param>
    /// <returns>The builder of the client's named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddOpenAppIntegrations(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<OpenAppClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, serviceKey: null, configuration, configure);
    }

    /// <summary>
    /// Registers an <see cref="OpenAppClient"/> under a key, for apps that talk to several accounts or organizations:
    /// inject it with <c>[FromKeyedServices("tenant-a")] OpenAppClient client</c>. Each key has its own options
    /// (named after the key) and its own named <see cref="HttpClient"/> (<c>OpenApp.Integrations:{key}</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key, e.g. <c>"tenant-a"</c>.</param>
    /// <param name="configure">Sets this client's options.</param>
    /// <returns>The builder of this client's named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddKeyedOpenAppIntegrations(
        this IServiceCollection services,
        string serviceKey,
        Action<OpenAppClientOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, serviceKey, section: null, configure);
    }

    /// <summary>
    /// Registers an <see cref="OpenAppClient"/> under a key, from a configuration section with the same keys as
    /// <see cref="AddOpenAppIntegrations(IServiceCollection, IConfiguration, Action{OpenAppClientOptions}?)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key, e.g. <c>"tenant-a"</c>.</param>
    /// <param name="configuration">The section, e.g. <c>builder.Configuration.GetSection("OpenApp:TenantA")</c>.</param>
    /// <param name="configure">Optional settings applied after the section.</param>
    /// <returns>The builder of this client's named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddKeyedOpenAppIntegrations(
        this IServiceCollection services,
        string serviceKey,
        IConfiguration configuration,
        Action<OpenAppClientOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, serviceKey, configuration, configure);
    }

    /// <summary>Registers one client: its options (from <paramref name="section"/>, then <paramref name="configure"/>),
    /// their validation, its named <see cref="HttpClient"/> and the client itself.</summary>
    private static IHttpClientBuilder Register(
        IServiceCollection services, string? serviceKey, IConfiguration? section, Action<OpenAppClientOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsName = serviceKey ?? Options.Options.DefaultName;
        var httpClientName = serviceKey is null ? HttpClientName : HttpClientName + ":" + serviceKey;

        var options = services.AddOptions<OpenAppClientOptions>(optionsName);
        if (section is not null)
        {
            services.AddSingleton(new BoundOpenAppSection(section));
            options.Configure<IEnumerable<BoundOpenAppSection>>(
                (o, bound) => OpenAppConfiguration.Apply(section, o, optionsName, bound));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .PostConfigure<IServiceProvider>(static (options, provider) =>
            {
                // The app's logging and metrics, unless the options name their own.
                options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
                options.MeterFactory ??= provider.GetService<IMeterFactory>();
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenAppClientOptions>, OpenAppClientOptionsValidator>());

        // The client is a long-lived singleton, so it keeps the one HttpClient it is built with: the factory's handler
        // rotation would never reach it. Connections are recycled by SocketsHttpHandler instead (DNS changes are
        // picked up), and the handler lives as long as the client.
        var builder = services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(static () => TransportCore.CreateHandler()) // redirects off, see there
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        if (serviceKey is null)
        {
            services.TryAddSingleton(provider => Create(provider, optionsName, httpClientName));
        }
        else
        {
            services.TryAddKeyedSingleton(serviceKey, (provider, _) => Create(provider, optionsName, httpClientName));
        }

        return builder;
    }

    private static OpenAppClient Create(IServiceProvider provider, string optionsName, string httpClientName)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<OpenAppClientOptions>>().Get(optionsName);
        var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName);
        return new OpenAppClient(options, httpClient);
    }
}
