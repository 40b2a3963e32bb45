using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace OpenApp.Integrations.Tests.Diagnostics;

/// <summary>A logger factory at Trace level whose records are kept in memory (Microsoft's FakeLogger).</summary>
public sealed class CapturedLogs : IDisposable
{
    public CapturedLogs()
    {
        Collector = FakeLogCollector.Create(new FakeLogCollectorOptions());
        Factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Collector)));
    }

    public FakeLogCollector Collector { get; }

    public ILoggerFactory Factory { get; }

    public IReadOnlyList<FakeLogRecord> Records => Collector.GetSnapshot();

    public IReadOnlyList<FakeLogRecord> WithEvent(int eventId) => Records.Where(r => r.Id.Id == eventId).ToList();

    /// <summary>Everything a log sink could see: message, structured values and the exception with its inner ones.</summary>
    public static IEnumerable<string> Texts(FakeLogRecord record)
    {
        yield return record.Message;
        foreach (var (_, value) in record.StructuredState ?? [])
        {
            if (value is not null)
            {
                yield return value;
            }
        }

        if (record.Exception is not null)
        {
            yield return record.Exception.ToString();
        }
    }

    public void Dispose() => Factory.Dispose();
}
