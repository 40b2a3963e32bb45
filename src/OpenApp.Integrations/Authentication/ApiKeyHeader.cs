namespace OpenApp.Integrations;

/// <summary>Which header carries an API key.</summary>
public enum ApiKeyHeader
{
    /// <summary><c>X-API-Key: {key}</c>: what the OpenApp gateway reads API keys from (the default).</summary>
    XApiKey = 0,

    /// <summary><c>Authorization: Bearer {key}</c>: what the published bundle documents.</summary>
    AuthorizationBearer = 1,
}
