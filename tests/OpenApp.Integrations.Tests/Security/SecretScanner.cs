using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace OpenApp.Integrations.Tests.Security;

/// <summary>Searches text, objects and exceptions (inner ones included) for planted secrets.</summary>
public static class SecretScanner
{
    /// <summary>Planted in the <c>secrets</c> of create/update requests.</summary>
    public const string PayloadSecret = "PAYLOAD-s3cr3t-1a2b3c4d5e";

    public static readonly string[] Secrets = { Infrastructure.TestKeys.Secret, PayloadSecret };

    public static void AssertClean(string? text, string where)
    {
        foreach (var secret in Secrets)
        {
            Assert.False(text?.Contains(secret, StringComparison.Ordinal) ?? false, $"A secret leaked into {where}: {text}");
        }
    }

    public static void AssertClean(object? value, string where) => AssertClean(value?.ToString(), where + ".ToString()");

    /// <summary>Message, ToString (with stack and inner exceptions), Data, and the SDK's own fields, all the way down.</summary>
    public static void AssertClean(Exception exception)
    {
        var name = exception.GetType().Name;
        AssertClean(exception.ToString(), name + ".ToString()");
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            AssertClean(ex.Message, ex.GetType().Name + ".Message");
            foreach (DictionaryEntry entry in ex.Data)
            {
                AssertClean(entry.Key + "=" + entry.Value, ex.GetType().Name + ".Data");
            }

            if (ex is ArgumentException argument)
            {
                AssertClean(argument.ParamName, name + ".ParamName");
            }

            if (ex is OpenAppException sdk)
            {
                AssertClean(sdk.RequestUri, name + ".RequestUri");
                AssertClean(sdk.CorrelationId, name + ".CorrelationId");
            }

            if (ex is OpenAppApiException api)
            {
                AssertClean(api.Details, name + ".Details");
                AssertClean(string.Join(";", api.ResponseHeaders.Select(h => h.Key + ":" + h.Value)), name + ".ResponseHeaders");
            }
        }
    }

    /// <summary>
    /// Collects every event of the networking event sources while it lives. The runtime's
    /// <c>Private.InternalDiagnostics.*</c> sources are left out: they are the runtime's own debug traces and dump
    /// whole requests, headers included, for any HttpClient.
    /// </summary>
    public sealed class EventCapture : EventListener
    {
        private readonly ConcurrentQueue<string> _events = new();

        public IReadOnlyCollection<string> Events => _events.ToArray();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name.StartsWith("System.Net", StringComparison.Ordinal))
            {
                EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            var payload = eventData.Payload is null ? string.Empty : string.Join("|", eventData.Payload.Select(p => p?.ToString()));
            _events.Enqueue(eventData.EventSource.Name + "/" + eventData.EventName + ": " + eventData.Message + " " + payload);
        }
    }
}
