using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.AotSmoke;

/// <summary>Keeps every formatted log line with its event id.</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider, ILogger
{
    public ConcurrentQueue<(int EventId, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((eventId.Id, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));

    public void Dispose()
    {
    }
}
