using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Snippets;

/// <summary>
/// Retries: GETs and other idempotent calls are retried on 408/429/5xx and network errors; a POST only when it
/// carries an Idempotency-Key. Retries show up as warnings (event 1003) and in the openapp.client.retries counter.
/// </summary>
internal static class Retries
{
    public static async Task RunAsync(string apiKey, string organizationId)
    {
        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var client = new OpenAppClient(new OpenAppClientOptions
        {
            ApiKey = apiKey,
            OrganizationId = organizationId,
            LoggerFactory = loggerFactory, // each retry is logged as a warning
        });

        var retries = 0L;
        using var meter = new MeterListener();
        meter.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OpenAppDiagnostics.MeterName && instrument.Name == OpenAppDiagnostics.RetryCountMetric)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meter.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref retries, value));
        meter.Start();

        // The same key on every attempt: the server applies the create once, so retrying it is safe.
        var created = await client.Integrations.CreateAsync(
            new CreateIntegrationRequest { ProviderType = "virtual_access", Name = LocalizedString.FromLocale("en", "Side gate") },
            requestOptions: new OpenAppRequestOptions { IdempotencyKey = Guid.NewGuid().ToString() });

        Console.WriteLine($"created {created.Value.Id} (correlation id {created.CorrelationId}); retries so far: {Interlocked.Read(ref retries)}");
    }
}
