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

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_sync)
        {
            return _requests.ToArray();
        }
    }

    public void Add(RecordedRequest request)
    {
        lock (_sync)
        {
            _requests.Add(request);
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
        return node?.ToJsonString() ?? "null";
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
