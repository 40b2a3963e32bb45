namespace OpenApp.Integrations;

/// <summary>Rejects header values that would be unsafe or meaningless on the wire, before any request is sent.</summary>
internal static class HeaderValueGuard
{
    /// <summary>Throws when <paramref name="value"/> is null, blank, or contains CR, LF or another control character.</summary>
    public static void ThrowIfInvalid(string? value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        foreach (var c in value)
        {
            if (c is '\r' or '\n' || char.IsControl(c))
            {
                // The value itself is not echoed: it may be a credential.
                throw new ArgumentException("A header value must not contain CR, LF or other control characters.", parameterName);
            }
        }
    }

    /// <summary>Throws when <paramref name="name"/> is not a valid HTTP header name.</summary>
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
}
