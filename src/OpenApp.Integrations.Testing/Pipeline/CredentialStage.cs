using System.Security.Cryptography;
using System.Text;
using OpenApp.Integrations.Testing.Server;

namespace OpenApp.Integrations.Testing.Pipeline;

/// <summary>
/// The server's access checks: 401 without a valid key (in <c>X-API-Key</c> or as <c>Authorization: Bearer</c>) or
/// an accepted bearer token, 403 when an organization-scoped operation comes without <c>X-Org</c>. An override may
/// opt out; the fake's own handler never runs without them.
/// </summary>
internal sealed class CredentialStage : IRequestStage
{
    private readonly string _secret;
    private readonly IReadOnlyList<string> _acceptedBearerTokens;

    public CredentialStage(string secret, IReadOnlyList<string> acceptedBearerTokens)
    {
        _secret = secret;
        _acceptedBearerTokens = acceptedBearerTokens;
    }

    public ValueTask<FakeResult> InvokeAsync(FakeExchange exchange, NextStage next)
    {
        if (exchange.Override is { ChecksCredentialsAndOrganization: false })
        {
            return next(exchange);
        }

        return Check(exchange) is { } denied ? ValueTask.FromResult(denied) : next(exchange);
    }

    /// <summary>The 401 or 403 answer, or null when the request may go on.</summary>
    public FakeResult? Check(FakeExchange exchange)
    {
        if (!HasValidCredentials(exchange))
        {
            return FakeResult.Error(401, "unauthorized", "Missing or invalid credentials: send the API key in X-API-Key (or as Authorization: Bearer).");
        }

        var operation = exchange.Route!.Operation;
        if (operation.RequiresOrganization && string.IsNullOrWhiteSpace(exchange.Header("X-Org")))
        {
            return FakeResult.Error(403, "org_required", $"{operation.OperationId} needs the organization: send the X-Org header.");
        }

        return null;
    }

    private bool HasValidCredentials(FakeExchange exchange)
    {
        if (exchange.Header("X-API-Key") is { } key)
        {
            return IsOurKey(key);
        }

        if (exchange.Header("Authorization") is { } authorization &&
            authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            return IsOurKey(token) || _acceptedBearerTokens.Any(t => SecretEquals(token, t));
        }

        return false;
    }

    // Like the server, the secret identifies the key; the origin in front of it only tells clients where to go.
    private bool IsOurKey(string key)
    {
        var at = key.IndexOf(OpenAppApiKey.Separator, StringComparison.Ordinal);
        return at > 0 && SecretEquals(key[(at + OpenAppApiKey.Separator.Length)..].Trim(), _secret);
    }

    private static bool SecretEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
