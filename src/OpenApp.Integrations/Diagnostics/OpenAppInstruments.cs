using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>The SDK's activity source and metric instruments.</summary>
internal sealed class OpenAppInstruments
{
    /// <summary>One source for the process: listeners subscribe by name, so there is nothing to gain from more.</summary>
    public static readonly ActivitySource ActivitySource = new(OpenAppDiagnostics.ActivitySourceName, SdkInfo.Version);

    private static readonly Lazy<OpenAppInstruments> s_shared =
        new(() => new OpenAppInstruments(new Meter(OpenAppDiagnostics.MeterName, SdkInfo.Version)));

    // IMeterFactory hands out one Meter per name and version; keep one set of instruments per Meter so several
    // clients in one container do not each add a duplicate instrument.
    private static readonly ConditionalWeakTable<Meter, OpenAppInstruments> s_byMeter = new();

    private OpenAppInstruments(Meter meter)
    {
        RequestDuration = meter.CreateHistogram<double>(
            OpenAppDiagnostics.RequestDurationMetric,
            unit: "s",
            description: "Duration of OpenApp SDK calls, from the first attempt until the response was handled.");
        Retries = meter.CreateCounter<long>(
            OpenAppDiagnostics.RetryCountMetric,
            unit: "{retry}",
            description: "Attempts the OpenApp SDK made after the first attempt of a call.");
    }

    public Histogram<double> RequestDuration { get; }

    public Counter<long> Retries { get; }

    /// <summary>The instruments on the meter of <paramref name="meterFactory"/>, else on the process-wide meter.</summary>
    public static OpenAppInstruments For(IMeterFactory? meterFactory)
    {
        if (meterFactory is null)
        {
            return s_shared.Value;
        }

        var meter = meterFactory.Create(new MeterOptions(OpenAppDiagnostics.MeterName) { Version = SdkInfo.Version });
        return s_byMeter.GetValue(meter, static m => new OpenAppInstruments(m));
    }
}
