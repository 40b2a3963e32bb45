using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.Snippets;

/// <summary>
/// DI in a worker service: the client from configuration ("OpenApp": { "ApiKey", "OrganizationId", "BaseUrl" }),
/// validated at start-up, injected as a singleton; a keyed client for a second organization.
/// </summary>
internal static partial class WorkerService
{
    public static async Task RunAsync(string apiKey, string organizationId, string secondOrganizationId)
    {
        var builder = Host.CreateApplicationBuilder();

        // Normally in appsettings.json or environment variables (OpenApp__ApiKey=...); here from the snippet's connection.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenApp:ApiKey"] = apiKey,
            ["OpenApp:OrganizationId"] = organizationId,
            ["OpenApp:SecondBuilding:ApiKey"] = apiKey,
            ["OpenApp:SecondBuilding:OrganizationId"] = secondOrganizationId,
        });

        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning); // keep the snippet's output short

        // Returns the IHttpClientBuilder: add your own handlers (.AddHttpMessageHandler<T>()) here.
        builder.Services.AddOpenAppIntegrations(builder.Configuration.GetSection("OpenApp"));
        builder.Services.AddKeyedOpenAppIntegrations("second-building", builder.Configuration.GetSection("OpenApp:SecondBuilding"));
        builder.Services.AddHostedService<IntegrationsWorker>();

        using var host = builder.Build();
        await host.RunAsync(); // the worker stops the host when it is done
    }

    private sealed partial class IntegrationsWorker(
        OpenAppClient client,
        [FromKeyedServices("second-building")] OpenAppClient secondBuilding,
        IHostApplicationLifetime lifetime,
        ILogger<IntegrationsWorker> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var page = (await client.Integrations.ListAsync(cancellationToken: stoppingToken)).Value;
            var other = (await secondBuilding.Integrations.ListAsync(cancellationToken: stoppingToken)).Value;
            LogCounts(logger, page.Total, client.OrganizationId, other.Total, secondBuilding.OrganizationId);
            lifetime.StopApplication();
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "{Count} integrations in {Organization}, {OtherCount} in {OtherOrganization}")]
        private static partial void LogCounts(ILogger logger, long count, string? organization, long otherCount, string? otherOrganization);
    }
}
