namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// Last line of defence for logs: replaces the client's API key (and its secret part) wherever it shows up in text
/// that is about to be logged, e.g. a server that echoes a request back.
/// </summary>
internal sealed class SecretScrubber
{
    private const int MinSecretLength = 8;
    private readonly string[] _secrets;

    public SecretScrubber(string? apiKey)
    {
        var key = apiKey?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            _secrets = [];
            return;
        }

        var at = key.IndexOf(OpenAppApiKey.Separator, StringComparison.Ordinal);
        var secret = at < 0 ? string.Empty : key[(at + OpenAppApiKey.Separator.Length)..];
        _secrets = secret.Length >= MinSecretLength ? [key, secret] : [key];
    }

    public string Scrub(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, HeaderRedactor.Redacted, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
