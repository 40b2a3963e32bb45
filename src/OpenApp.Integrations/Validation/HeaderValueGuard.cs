namespace OpenApp.Integrations;

/// <summary>
/// Rejects header values and names that would be unsafe or undeliverable on the wire, before any request is sent. A
/// value outside printable ASCII (a non-ASCII organization id, an emoji in a correlation id, CR/LF) would otherwise
/// fail inside the HTTP handler, look like a network error and be retried for nothing.
/// </summary>
internal static class HeaderValueGuard
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> when <paramref name="value"/> is
    /// null, blank, or has a character outside printable ASCII (space to <c>~</c>). The value is never echoed: it
    /// may be a credential.
    /// </summary>
    public static void ThrowIfInvalid(string? value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (!IsPrintableAscii(value))
        {
            throw new ArgumentException(
                $"{parameterName} goes out as an HTTP header value and may only hold printable ASCII characters " +
                "(no line breaks, control or non-ASCII characters).",
                parameterName);
        }
    }

    /// <summary>Throws when <paramref name="name"/> is not a valid HTTP header name (an RFC 9110 token).</summary>
    public static void ThrowIfInvalidName(string? name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameterName);
        foreach (var c in name)
        {
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".Contains(c, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{name}' is not a valid HTTP header name.", parameterName);
            }
        }
    }

    /// <summary>Whether every character of <paramref name="value"/> is printable ASCII (space to <c>~</c>).</summary>
    public static bool IsPrintableAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
