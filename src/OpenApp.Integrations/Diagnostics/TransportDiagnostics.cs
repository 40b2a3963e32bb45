using System.Collections.Frozen;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// The logging and telemetry settings of one client family, fixed when the client is built (the options are
/// copied, like every other setting).
/// </summary>
internal sealed class TransportDiagnostics
{
    public TransportDiagnostics(OpenAppClientOptions options, TimeProvider timeProvider, Uri apiRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logging = options.Logging ?? new OpenAppLoggingOptions();
        if (logging.MaxBodyLength < 0)
        {
            throw new ArgumentException("OpenAppClientOptions.Logging.MaxBodyLength must not be negative.", nameof(options));
        }

        Logger = options.LoggerFactory?.CreateLogger(OpenAppDiagnostics.LoggerCategory) ?? NullLogger.Instance;
        LogBodies = logging.LogBodies;
        MaxBodyLength = logging.MaxBodyLength;
        AllowedHeaders = logging.AllowedHeaderNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Instruments = OpenAppInstruments.For(options.MeterFactory);
        Scrubber = new SecretScrubber(options.ApiKey);
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
    /// Whether anything would see a call's telemetry: a span listener, an enabled instrument or an enabled log level.
    /// Asked at the start of each call (listeners and log filters can change while the app runs).
    /// </summary>
    public bool IsObserved =>
        OpenAppInstruments.ActivitySource.HasListeners() ||
        Instruments.RequestDuration.Enabled ||
        Instruments.Retries.Enabled ||
        Logger.IsEnabled(LogLevel.Warning) ||
        Logger.IsEnabled(LogLevel.Information) ||
        Logger.IsEnabled(LogLevel.Debug);

    /// <summary>Starts the span and the clock of one SDK call.</summary>
    public OperationScope StartOperation(RequestSpec spec, Uri safeUri, string? organizationId) =>
        StartOperation(PreparedCall.Describing(spec, safeUri, organizationId, null));

    /// <summary>Starts the span and the clock of one SDK call.</summary>
    public OperationScope StartOperation(PreparedCall call)
    {
        var spec = call.Spec;
        var activity = OpenAppInstruments.ActivitySource.StartActivity(spec.OperationName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(OpenAppDiagnostics.Tags.Operation, spec.OperationName);
            activity.SetTag(OpenAppDiagnostics.Tags.HttpMethod, spec.Method.Method);
            activity.SetTag(OpenAppDiagnostics.Tags.UrlTemplate, spec.PathTemplate);
            activity.SetTag(OpenAppDiagnostics.Tags.ServerAddress, ServerAddress);
            activity.SetTag(OpenAppDiagnostics.Tags.ServerPort, ServerPort);
            if (call.OrganizationId is { } organizationId)
            {
                activity.SetTag(OpenAppDiagnostics.Tags.OrganizationId, organizationId);
            }
        }

        return new OperationScope(this, call, activity);
    }
}
