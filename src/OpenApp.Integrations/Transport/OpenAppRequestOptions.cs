namespace OpenApp.Integrations;

/// <summary>Per-call settings that go on the wire as headers. Every property is optional.</summary>
public sealed class OpenAppRequestOptions
{
    /// <summary>The organization for this call only (<c>X-Org</c>), overriding the client's.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>
    /// <c>Idempotency-Key</c>: a replay with the same key returns the original result, which also makes a POST safe
    /// to retry. The same key goes out on every attempt.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary><c>X-Correlation-Id</c> for this call; the SDK makes one up when not set. Same on every attempt.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>
    /// <c>X-OpenApp-Confirm</c>: the <c>preview_token</c> of a <c>confirmation_required</c> error, to confirm and
    /// repeat the call.
    /// </summary>
    public string? ConfirmationToken { get; set; }

    /// <summary>Extra headers for this call. Names the SDK owns (auth, X-Org, ...) cannot be set here.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
