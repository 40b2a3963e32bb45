namespace OpenApp.Integrations.Authentication;

/// <summary>
/// The one place that knows a client's secrets, so they can be cut out of any text the SDK shows: exception messages,
/// a server's message and raw body, kept response headers and every log event. A server that echoes the key back
/// ("API key ... is not valid") must not put it into a log or an exception.
/// </summary>
/// <remarks>
/// It starts with the API key (the whole key and its secret part) when the client has one, and learns every
/// credential value the SDK puts on the wire (the <c>X-API-Key</c> value, the token of <c>Authorization: Bearer</c>),
/// so a <c>FromApiKey</c> credential, a custom credential or a token provider's current token are covered too. It
/// keeps the last few learned values (a rotating token leaves old ones behind) and is safe to use from many threads.
/// </remarks>
internal sealed class SecretScrubber
{
    /// <summary>What every secret is replaced with.</summary>
    public const string Redacted = "[redacted]";

    // Shorter values are not treated as secrets: replacing "abc" everywhere would mangle text without protecting much.
    private const int MinSecretLength = 8;
    private const int MaxLearned = 8;

    private readonly string[] _fixed;
    private string[] _learned = [];

    /// <summary>A scrubber for a client with <paramref name="apiKey"/> (null when it has none).</summary>
    public SecretScrubber(string? apiKey)
    {
        _fixed = SecretsOf(apiKey);
    }

    /// <summary>A scrubber that knows nothing yet (it still learns what credentials send).</summary>
    public static SecretScrubber Empty() => new(null);

    /// <summary>
    /// Remembers a credential value that went on the wire (a header value such as the API key or <c>Bearer</c> token).
    /// </summary>
    public void Learn(string? credentialValue)
    {
        // Every attempt reports its credential: the usual case (a value already known) costs a comparison, no allocation.
        if (credentialValue is null || IsKnown(credentialValue))
        {
            return;
        }

        var value = credentialValue.Trim();
        if (value.Length < MinSecretLength)
        {
            return;
        }

        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            value = value["Bearer ".Length..].Trim();
        }

        foreach (var secret in SecretsOf(value))
        {
            while (true)
            {
                var current = Volatile.Read(ref _learned);
                if (Array.IndexOf(_fixed, secret) >= 0 || Array.IndexOf(current, secret) >= 0)
                {
                    break;
                }

                // Newest first, oldest dropped: a rotating token provider cannot grow this without bound.
                var next = new string[Math.Min(current.Length + 1, MaxLearned)];
                next[0] = secret;
                Array.Copy(current, 0, next, 1, next.Length - 1);
                if (ReferenceEquals(Interlocked.CompareExchange(ref _learned, next, current), current))
                {
                    break;
                }
            }
        }
    }

    // Whether the value (or the token after "Bearer ") is already one of the secrets, compared without allocating.
    private bool IsKnown(string value)
    {
        var token = value.AsSpan();
        if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = token["Bearer ".Length..];
        }

        foreach (var secret in _fixed)
        {
            if (token.SequenceEqual(secret))
            {
                return true;
            }
        }

        foreach (var secret in Volatile.Read(ref _learned))
        {
            if (token.SequenceEqual(secret))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the longest secret known now (0 when none): how far past a cut a secret can reach.</summary>
    public int LongestSecretLength
    {
        get
        {
            var longest = 0;
            foreach (var secret in _fixed)
            {
                longest = Math.Max(longest, secret.Length);
            }

            foreach (var secret in Volatile.Read(ref _learned))
            {
                longest = Math.Max(longest, secret.Length);
            }

            return longest;
        }
    }

    /// <summary>Replaces every known secret in <paramref name="text"/> with <see cref="Redacted"/>.</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Scrub(text, _fixed);
        return Scrub(text, Volatile.Read(ref _learned));
    }

    /// <summary>Like <see cref="Scrub(string)"/>, for a value that may be null.</summary>
    public string? ScrubOrNull(string? text) => text is null ? null : Scrub(text);

    private static string Scrub(string text, string[] secrets)
    {
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Redacted, StringComparison.Ordinal);
            }
        }

        return text;
    }

    // The whole value, and for an API key its secret part too: a server may echo either.
    private static string[] SecretsOf(string? value)
    {
        var key = value?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length < MinSecretLength)
        {
            return [];
        }

        var at = key.IndexOf(OpenAppApiKey.Separator, StringComparison.Ordinal);
        var secret = at < 0 ? string.Empty : key[(at + OpenAppApiKey.Separator.Length)..];

        // Longest first, so the whole key is replaced before its secret part would split it.
        return secret.Length >= MinSecretLength ? [key, secret] : [key];
    }
}
