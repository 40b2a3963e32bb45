using System.Net.Http.Headers;

namespace OpenApp.Integrations;

/// <summary>Puts credentials on each outgoing request (every attempt, so refreshed tokens are picked up).</summary>
public abstract class OpenAppCredential
{
    /// <summary>An API key, sent in <c>X-API-Key</c> by default or as a Bearer token when asked.</summary>
    /// <param name="apiKey">The key, <c>{origin}_openapp_{secret}</c>.</param>
    /// <param name="header">Which header carries it.</param>
    public static OpenAppCredential FromApiKey(string apiKey, ApiKeyHeader header = ApiKeyHeader.XApiKey) =>
        new ApiKeyCredential(OpenAppApiKey.Parse(apiKey), header);

    /// <summary>A fixed JWT sent as <c>Authorization: Bearer {jwt}</c>.</summary>
    /// <param name="token">The token.</param>
    public static OpenAppCredential FromBearerToken(string token)
    {
        HeaderValueGuard.ThrowIfInvalid(token, nameof(token));
        return new BearerTokenCredential(_ => new ValueTask<string>(token));
    }

    /// <summary>A JWT fetched (and typically cached) by <paramref name="tokenProvider"/> before each attempt.</summary>
    /// <param name="tokenProvider">Returns the current token.</param>
    public static OpenAppCredential FromTokenProvider(Func<CancellationToken, ValueTask<string>> tokenProvider)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        return new BearerTokenCredential(tokenProvider);
    }

    /// <summary>The API root this credential implies, if any (API keys name their server).</summary>
    public virtual Uri? ApiRoot => null;

    /// <summary>Adds the credential headers to <paramref name="request"/>.</summary>
    /// <param name="request">The outgoing request.</param>
    /// <param name="cancellationToken">Cancels fetching a token.</param>
    public abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken = default);

    /// <summary>Never shows the credential.</summary>
    public override string ToString() => GetType().Name;
}

/// <summary>An API key credential.</summary>
internal sealed class ApiKeyCredential : OpenAppCredential
{
    private readonly OpenAppApiKey _key;
    private readonly ApiKeyHeader _header;

    public ApiKeyCredential(OpenAppApiKey key, ApiKeyHeader header)
    {
        if (!Enum.IsDefined(header))
        {
            throw new ArgumentOutOfRangeException(nameof(header), header, "Unknown API key header.");
        }

        _key = key;
        _header = header;
    }

    public override Uri? ApiRoot => _key.ApiRoot;

    public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_header == ApiKeyHeader.XApiKey)
        {
            request.Headers.TryAddWithoutValidation("X-API-Key", _key.Value);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key.Value);
        }

        return ValueTask.CompletedTask;
    }

    public override string ToString() => "ApiKeyCredential(" + _key + ")";
}

/// <summary>A bearer-token credential.</summary>
internal sealed class BearerTokenCredential : OpenAppCredential
{
    private readonly Func<CancellationToken, ValueTask<string>> _provider;

    public BearerTokenCredential(Func<CancellationToken, ValueTask<string>> provider) => _provider = provider;

    public override async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await _provider(cancellationToken).ConfigureAwait(false);
        HeaderValueGuard.ThrowIfInvalid(token, "token");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
