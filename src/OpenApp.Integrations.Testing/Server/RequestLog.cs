using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Server;

/// <summary>The requests received, in order, with credentials and secrets redacted on the way in.</summary>
internal sealed class RequestLog
{
    private const int MaxBodyChars = 64 * 1024;
    private static readonly HashSet<string> s_credentialHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-API-Key", "Authorization", "Proxy-Authorization", "Cookie",
    };

    private readonly object _sync = new();
    private readonly List<RecordedRequest> _requests = new();
    private readonly List<(Func<RecordedRequest, bool> Predicate, TaskCompletionSource<RecordedRequest> Waiter)> _waiters = new();

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_sync)
        {
            return _requests.ToArray();
        }
    }

    public void Add(RecordedRequest request)
    {
        List<TaskCompletionSource<RecordedRequest>> matched;
        lock (_sync)
        {
            _requests.Add(request);
            matched = _waiters.Where(w => w.Predicate(request)).Select(w => w.Waiter).ToList();
            _waiters.RemoveAll(w => matched.Contains(w.Waiter));
        }

        foreach (var waiter in matched)
        {
            waiter.TrySetResult(request);
        }
    }

    /// <summary>The first logged request (already logged or still to come) that matches.</summary>
    public async Task<RecordedRequest> WaitAsync(Func<RecordedRequest, bool> predicate, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            if (_requests.FirstOrDefault(predicate) is { } logged)
            {
                return logged;
            }

            _waiters.Add((predicate, waiter));
        }

        using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            try
            {
                return await waiter.Task.ConfigureAwait(false);
            }
            finally
            {
                lock (_sync)
                {
                    _waiters.RemoveAll(w => w.Waiter == waiter);
                }
            }
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _requests.Clear();
        }
    }

    /// <summary>A header value as the log keeps it: credentials show only their scheme.</summary>
    public static string RedactHeader(string name, string value)
    {
        if (!s_credentialHeaders.Contains(name))
        {
            return value;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) && space > 0
            ? value[..space] + " " + RecordedRequest.Redacted
            : RecordedRequest.Redacted;
    }

    /// <summary>A JSON body as the log keeps it: every non-null <c>secrets</c> value (at any depth) redacted.</summary>
    public static string RedactJson(string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON: keep the text (capped) so a malformed request can still be inspected.
            return text.Length > MaxBodyChars ? text[..MaxBodyChars] : text;
        }

        RedactSecrets(node);
        return JsonText.Write(node);
    }

    private static void RedactSecrets(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (string.Equals(name, "secrets", StringComparison.Ordinal) && obj[name] is not null)
                    {
                        obj[name] = RecordedRequest.Redacted;
                    }
                    else
                    {
                        RedactSecrets(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RedactSecrets(item);
                }

                break;
        }
    }
}
