using System.Collections.Frozen;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenApp.Integrations.Authentication;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// The logging and telemetry settings of one client family, fixed when the client is built (the options are
/// copied, like every other setting).
/// </summary>
internal sealed class TransportDiagnostics
{
    /// <param name="logging">What log messages may show; null for the defaults.</param>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    /// <param name="meterFactory">Creates the meter; null uses the process-wide one.</param>
    /// <param name="timeProvider">The client's clock.</param>
    /// <param name="apiRoot">The server (host and port go on spans and metrics).</param>
    /// <param name="scrubber">The client's secrets, cut out of every logged header and body.</param>
    /// <exception cref="ArgumentException">A logging setting is out of range.</exception>
    public TransportDiagnostics(
        OpenAppLoggingOptions? logging,
        ILoggerFactory? loggerFactory,
        IMeterFactory? meterFactory,
        TimeProvider timeProvider,
        Uri apiRoot,
        SecretScrubber scrubber)
    {
        logging ??= new OpenAppLoggingOptions();
        if (logging.MaxBodyLength < 0)
        {
            throw new ArgumentException("OpenAppClientOptions.Logging.MaxBodyLength must not be negative.", nameof(logging));
        }

        Logger = loggerFactory?.CreateLogger(OpenAppDiagnostics.LoggerCategory) ?? NullLogger.Instance;
        LogBodies = logging.LogBodies;
        MaxBodyLength = logging.MaxBodyLength;
        AllowedHeaders = logging.AllowedHeaderNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Instruments = OpenAppInstruments.For(meterFactory);
        Scrubber = scrubber;
        TimeProvider = timeProvider;
        ServerAddress = apiRoot.Host;
        ServerPort = apiRoot.Port;
    }

    public ILogger Logger { get; }

    public bool LogBodies { get; }

    public int MaxBodyLength { get; }

    public FrozenSet<string> AllowedHeaders { get; }

    public OpenAppInstruments Instruments { get; }

    public SecretScrubber Scrubber { get; }

    public TimeProvider TimeProvider { get; }

    public string ServerAddress { get; }

    public int ServerPort { get; }

    /// <summary>
    /// Starts the telemetry of one call, or returns null when nothing would see it (no span listener, no enabled
    /// instrument, no enabled log level): then a call costs no telemetry at all. Asked per call, since listeners and
    /// log filters change while an app runs.
    /// </summary>
    public CallTelemetry? StartCall(ICallDescription call)
    {
        if (!OpenAppInstruments.ActivitySource.HasListeners() &&
            !Instruments.RequestDuration.Enabled &&
            !Instruments.Retries.Enabled &&
            !Logger.IsEnabled(LogLevel.Warning) &&
            !Logger.IsEnabled(LogLevel.Information) &&
            !Logger.IsEnabled(LogLevel.Debug))
        {
            return null;
        }

        var activity = OpenAppInstruments.ActivitySource.StartActivity(call.OperationName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(OpenAppDiagnostics.Tags.Operation, call.OperationName);
            activity.SetTag(OpenAppDiagnostics.Tags.HttpMethod, call.Method);
            activity.SetTag(OpenAppDiagnostics.Tags.UrlTemplate, call.PathTemplate);
            activity.SetTag(OpenAppDiagnostics.Tags.ServerAddress, ServerAddress);
            activity.SetTag(OpenAppDiagnostics.Tags.ServerPort, ServerPort);
            if (call.OrganizationId is { } organizationId)
            {
                activity.SetTag(OpenAppDiagnostics.Tags.OrganizationId, organizationId);
            }
        }

        return new CallTelemetry(this, call, activity);
    }
}
