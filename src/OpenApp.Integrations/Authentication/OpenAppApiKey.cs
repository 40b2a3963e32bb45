namespace OpenApp.Integrations;

/// <summary>
/// A parsed OpenApp API key, <c>{origin}_openapp_{secret}</c> (e.g. <c>https://openapp.house_openapp_s3cr3t</c>).
/// The origin names the server; the API root is <c>{origin}/api/v1</c>. The legacy form whose origin already ends in
/// <c>/api/v1</c> is accepted too.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the secret: at most the origin and its last four characters.</remarks>
public sealed class OpenAppApiKey
{
    /// <summary>The separator between origin and secret; the key is split at its first occurrence.</summary>
    public const string Separator = "_openapp_";

    private const string ApiRootPath = "/api/v1";
    private const string FormatHint = "An OpenApp API key has the form '{origin}_openapp_{secret}', e.g. 'https://openapp.house_openapp_<secret>'";

    private OpenAppApiKey(string value, Uri origin, Uri apiRoot, string secretHint)
    {
        Value = value;
        Origin = origin;
        ApiRoot = apiRoot;
        SecretHint = secretHint;
    }

    /// <summary>The scheme, host and port the key belongs to.</summary>
    public Uri Origin { get; }

    /// <summary>The API root derived from the key, e.g. <c>https://openapp.house/api/v1</c>.</summary>
    public Uri ApiRoot { get; }

    /// <summary>The whole key, as sent to the server. Handle with care: it is the credential.</summary>
    internal string Value { get; }

    private string SecretHint { get; }

    /// <summary>Parses a key.</summary>
    /// <param name="apiKey">The key; surrounding whitespace is ignored.</param>
    /// <exception cref="ArgumentException">The key is empty or not of the form <c>{origin}_openapp_{secret}</c>.
    /// The message never contains the key.</exception>
    public static OpenAppApiKey Parse(string apiKey)
    {
        if (!TryParse(apiKey, out var key, out var problem))
        {
            throw new ArgumentException(problem, nameof(apiKey));
        }

        return key;
    }

    /// <summary>Parses a key without throwing.</summary>
    /// <param name="apiKey">The key.</param>
    /// <param name="key">The parsed key.</param>
    /// <returns>Whether the key is well formed.</returns>
    public static bool TryParse(string? apiKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OpenAppApiKey? key) =>
        TryParse(apiKey, out key, out _);

    private static bool TryParse(
        string? apiKey,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OpenAppApiKey? key,
        out string problem)
    {
        key = null;
        var trimmed = apiKey?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            problem = "The API key is empty. " + FormatHint + ".";
            return false;
        }

        if (!HeaderValueGuard.IsPrintableAscii(trimmed))
        {
            // The whole key goes out as the X-API-Key header value, origin included (an IDN host must be punycode).
            problem = "The API key contains whitespace, control or non-ASCII characters; it is sent as an HTTP header " +
                "value, so it may only hold printable ASCII (write an international host name in its xn-- form). " + FormatHint + ".";
            return false;
        }

        var at = trimmed.IndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0)
        {
            problem = "The API key has no '" + Separator + "' separator. " + FormatHint + ".";
            return false;
        }

        var originText = trimmed[..at];
        var secret = trimmed[(at + Separator.Length)..];
        if (secret.Length == 0)
        {
            problem = "The API key's secret (after '" + Separator + "') is empty. " + FormatHint + ".";
            return false;
        }

        foreach (var c in secret)
        {
            // It goes out as a header value: CR/LF would inject headers, and other controls or non-ASCII fail the send.
            if (c <= ' ' || c >= '\u007f')
            {
                problem = "The API key's secret contains whitespace, control or non-ASCII characters. " + FormatHint + ".";
                return false;
            }
        }

        if (!Uri.TryCreate(originText, UriKind.Absolute, out var origin) ||
            (origin.Scheme != Uri.UriSchemeHttps && origin.Scheme != Uri.UriSchemeHttp) ||
            string.IsNullOrEmpty(origin.Host))
        {
            problem = "The API key's origin (before '" + Separator + "') is not an absolute http or https URL. " + FormatHint + ".";
            return false;
        }

        var path = origin.AbsolutePath.TrimEnd('/');
        if ((path.Length > 0 && !string.Equals(path, ApiRootPath, StringComparison.OrdinalIgnoreCase)) ||
            origin.Query.Length > 0 || origin.Fragment.Length > 0 || originText.Contains('?', StringComparison.Ordinal) ||
            originText.Contains('#', StringComparison.Ordinal) || origin.UserInfo.Length > 0)
        {
            problem = "The API key's origin must be scheme, host and port only (or end in /api/v1 for legacy keys). " + FormatHint + ".";
            return false;
        }

        var originOnly = new Uri(origin.GetLeftPart(UriPartial.Authority), UriKind.Absolute);
        var apiRoot = new Uri(originOnly.AbsoluteUri.TrimEnd('/') + ApiRootPath, UriKind.Absolute);
        var hint = secret.Length >= 16 ? "..." + secret[^4..] : "...";
        key = new OpenAppApiKey(trimmed, originOnly, apiRoot, hint);
        problem = string.Empty;
        return true;
    }

    /// <summary>The origin and at most the last four characters of the secret, e.g. <c>https://openapp.house_openapp_...r3t1</c>.</summary>
    public override string ToString() => Origin.GetLeftPart(UriPartial.Authority) + Separator + SecretHint;
}
