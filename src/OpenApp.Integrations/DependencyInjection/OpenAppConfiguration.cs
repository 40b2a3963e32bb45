using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// Reads an <c>"OpenApp"</c> configuration section into <see cref="OpenAppClientOptions"/> by hand: no reflection
/// binder, so it is trim- and AOT-safe, and a value that cannot be read is reported like a validation failure.
/// </summary>
/// <remarks>
/// Keys: <c>ApiKey</c>, <c>OrganizationId</c>, <c>BaseUrl</c>, <c>ApiKeyHeader</c> (<c>XApiKey</c> or
/// <c>AuthorizationBearer</c>), <c>UserAgentSuffix</c>, <c>Logging:LogBodies</c>, <c>Logging:MaxBodyLength</c>.
/// Keys that are absent or blank leave the option as it is.
/// </remarks>
internal static class OpenAppConfiguration
{
    /// <exception cref="OptionsValidationException">A value cannot be read (the message never shows the API key).</exception>
    public static void Apply(IConfiguration section, OpenAppClientOptions options, string optionsName)
    {
        if (Text(section, "ApiKey") is { } apiKey)
        {
            options.ApiKey = apiKey;
        }

        if (Text(section, "OrganizationId") is { } organizationId)
        {
            options.OrganizationId = organizationId;
        }

        if (Text(section, "BaseUrl") is { } baseUrl)
        {
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute)
                ? absolute
                : throw Problem(optionsName, Key(section, "BaseUrl") + " is not an absolute URL; expected e.g. 'https://openapp.house/api/v1'.");
        }

        if (Text(section, "UserAgentSuffix") is { } suffix)
        {
            options.UserAgentSuffix = suffix;
        }

        if (Text(section, "ApiKeyHeader") is { } header)
        {
            options.ApiKeyHeader = header.ToUpperInvariant() switch
            {
                "XAPIKEY" or "X-API-KEY" => ApiKeyHeader.XApiKey,
                "AUTHORIZATIONBEARER" or "BEARER" => ApiKeyHeader.AuthorizationBearer,
                _ => throw Problem(optionsName, Key(section, "ApiKeyHeader") + " must be 'XApiKey' or 'AuthorizationBearer'."),
            };
        }

        var logging = section.GetSection("Logging");
        if (Text(logging, "LogBodies") is { } logBodies)
        {
            options.Logging.LogBodies = bool.TryParse(logBodies, out var value)
                ? value
                : throw Problem(optionsName, Key(logging, "LogBodies") + " must be true or false.");
        }

        if (Text(logging, "MaxBodyLength") is { } maxBodyLength)
        {
            options.Logging.MaxBodyLength = int.TryParse(maxBodyLength, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Problem(optionsName, Key(logging, "MaxBodyLength") + " must be a whole number.");
        }
    }

    private static string? Text(IConfiguration section, string key)
    {
        var value = section[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string Key(IConfiguration section, string key) =>
        section is IConfigurationSection { Path: { Length: > 0 } path } ? path + ":" + key : key;

    private static OptionsValidationException Problem(string optionsName, string message) =>
        new(optionsName, typeof(OpenAppClientOptions), [OpenAppClientOptionsValidator.Registration(optionsName) + message]);
}
