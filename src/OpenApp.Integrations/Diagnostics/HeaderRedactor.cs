using System.Collections.Frozen;
using System.Net.Http.Headers;
using System.Text;
using OpenApp.Integrations.Authentication;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>Formats headers for a log line: allow-listed values as they are, everything else as <c>[redacted]</c>.</summary>
internal static class HeaderRedactor
{
    public const string Redacted = SecretScrubber.Redacted;

    // Credentials and capabilities: redacted even when the caller allow-lists them.
    private static readonly HashSet<string> s_alwaysRedacted = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "X-API-Key", "Cookie", "Set-Cookie", "X-OpenApp-Confirm",
    };

    /// <summary>Whether the value of <paramref name="name"/> may be logged under <paramref name="allowed"/>.</summary>
    public static bool MayShow(string name, FrozenSet<string> allowed) =>
        !s_alwaysRedacted.Contains(name) && allowed.Contains(name);

    /// <summary>Formats the headers as <c>{Name: value, Other: [redacted]}</c>.</summary>
    public static string Format(HttpHeaders headers, HttpHeaders? contentHeaders, FrozenSet<string> allowed, SecretScrubber scrubber)
    {
        var sb = new StringBuilder("{");
        Append(sb, headers, allowed, scrubber);
        if (contentHeaders is not null)
        {
            Append(sb, contentHeaders, allowed, scrubber);
        }

        return sb.Append('}').ToString();
    }

    private static void Append(StringBuilder sb, HttpHeaders headers, FrozenSet<string> allowed, SecretScrubber scrubber)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            if (sb.Length > 1)
            {
                sb.Append(", ");
            }

            sb.Append(name).Append(": ");
            sb.Append(MayShow(name, allowed) ? scrubber.Scrub(values.ToString()) : Redacted);
        }
    }
}
