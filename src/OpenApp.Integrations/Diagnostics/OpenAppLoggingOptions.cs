namespace OpenApp.Integrations;

/// <summary>
/// What the SDK's log messages may show. Credentials are never logged: <c>X-API-Key</c>, <c>Authorization</c>,
/// cookies and <c>X-OpenApp-Confirm</c> are always redacted, and so are secret-looking JSON fields in bodies.
/// </summary>
public sealed class OpenAppLoggingOptions
{
    /// <summary>The default cap of a logged body, in characters.</summary>
    public const int DefaultMaxBodyLength = 4096;

    /// <summary>The headers whose values are logged by default; any other header is logged as <c>[redacted]</c>.</summary>
    public static IReadOnlyList<string> DefaultAllowedHeaderNames { get; } = new[]
    {
        "Accept", "Content-Type", "Content-Length", "User-Agent", "Date", "Retry-After", "X-Correlation-Id",
        "X-Request-Id", "X-Org", "Idempotency-Key", "Location", "Server",
    };

    /// <summary>
    /// Whether request and response bodies are logged (event ids 1007 and 1008, Debug level). Off by default:
    /// bodies may carry personal data. Secret-looking JSON fields (<c>secrets</c>, <c>password</c>, <c>token</c>,
    /// ...) are redacted even when on.
    /// </summary>
    public bool LogBodies { get; set; }

    /// <summary>The most characters of a body that are logged; longer bodies are cut and marked. Defaults to 4096.</summary>
    public int MaxBodyLength { get; set; } = DefaultMaxBodyLength;

    /// <summary>
    /// Headers whose values may appear in logs (case-insensitive); starts with <see cref="DefaultAllowedHeaderNames"/>.
    /// Credential headers stay redacted even when listed here.
    /// </summary>
    public ISet<string> AllowedHeaderNames { get; } = new HashSet<string>(DefaultAllowedHeaderNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>Describes the settings.</summary>
    public override string ToString() =>
        $"OpenAppLoggingOptions(LogBodies={LogBodies}, MaxBodyLength={MaxBodyLength}, AllowedHeaderNames={AllowedHeaderNames.Count})";
}
