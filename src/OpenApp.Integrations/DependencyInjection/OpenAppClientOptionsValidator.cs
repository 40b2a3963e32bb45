using Microsoft.Extensions.Options;

namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// Checks <see cref="OpenAppClientOptions"/> when the app starts (<c>ValidateOnStart</c>), so a missing or malformed
/// setting stops the app with a message that says which setting and how to fix it. Messages never contain the key.
/// </summary>
internal sealed class OpenAppClientOptionsValidator : IValidateOptions<OpenAppClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenAppClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = Prefix(name);
        var failures = new List<string>();
        if (options.Credential is null)
        {
            if (string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add(prefix + "ApiKey is missing. Set OpenApp:ApiKey (the key looks like '{origin}_openapp_{secret}') or a Credential.");
            }
            else
            {
                try
                {
                    _ = OpenAppApiKey.Parse(options.ApiKey);
                }
                catch (ArgumentException ex)
                {
                    // The parser's messages describe the form and never quote the key.
                    var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
                    failures.Add(prefix + "ApiKey is malformed: " + message);
                }
            }
        }

        if (options.BaseUrl is { } baseUrl)
        {
            if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add(prefix + "BaseUrl must be an absolute http or https URL such as 'https://openapp.house/api/v1'.");
            }
            else if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
            {
                failures.Add(prefix + "BaseUrl must not have a query or fragment.");
            }
            else if (baseUrl.UserInfo.Length > 0)
            {
                failures.Add(prefix + "BaseUrl must not carry user name or password; use ApiKey or Credential.");
            }
        }
        else if (options.Credential is { ApiRoot: null })
        {
            failures.Add(prefix + "BaseUrl is required with a bearer-token credential (only API keys name their server).");
        }

        if (!Enum.IsDefined(options.ApiKeyHeader))
        {
            failures.Add(prefix + "ApiKeyHeader must be 'XApiKey' or 'AuthorizationBearer'.");
        }

        CheckHeaderValue(options.OrganizationId, "OrganizationId", prefix, failures);
        CheckHeaderValue(options.UserAgentSuffix, "UserAgentSuffix", prefix, failures);
        if (options.Logging is null)
        {
            failures.Add(prefix + "Logging must not be null.");
        }
        else if (options.Logging.MaxBodyLength < 0)
        {
            failures.Add(prefix + "Logging:MaxBodyLength must not be negative.");
        }

        CheckRetry(options.Retry, prefix, failures);
        if (options.MaxResponseBodyBytes < ClientSetup.MinResponseBodyLimit)
        {
            failures.Add(prefix + $"MaxResponseBodyBytes must be at least {ClientSetup.MinResponseBodyLimit} bytes.");
        }

        var root = options.BaseUrl is { IsAbsoluteUri: true } baseRoot ? baseRoot
            : options.Credential is null && OpenAppApiKey.TryParse(options.ApiKey, out var key) ? key.ApiRoot
            : options.Credential?.ApiRoot;
        var source = options.BaseUrl is null ? "The API key's origin" : prefix + "BaseUrl";
        if (root is not null && ClientSetup.InsecureHttpProblem(root, options.AllowInsecureHttp, source) is { } insecure)
        {
            failures.Add(insecure.Replace("OpenAppClientOptions.AllowInsecureHttp = true", prefix + "AllowInsecureHttp = true", StringComparison.Ordinal));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Names the setting in messages: <c>OpenApp:ApiKey</c>, or <c>OpenApp client 'tenant-a': ApiKey</c> for keyed ones.</summary>
    internal static string Prefix(string? name) =>
        string.IsNullOrEmpty(name) ? "OpenApp:" : Registration(name);

    /// <summary>Names a keyed registration (<c>OpenApp client 'tenant-a': </c>); empty for the default one.</summary>
    internal static string Registration(string? name) =>
        string.IsNullOrEmpty(name) ? string.Empty : "OpenApp client '" + name + "': ";

    private static void CheckRetry(OpenAppRetryOptions? retry, string prefix, List<string> failures)
    {
        if (retry is null)
        {
            failures.Add(prefix + "Retry must not be null.");
            return;
        }

        try
        {
            // The client's own range checks, so start-up fails on what the client would refuse when first built.
            retry.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // "OpenAppClientOptions.Retry.MaxRetries must be ... (Parameter ...) Actual value was ...": say it the way
            // the configuration spells the key, without the parameter and value lines.
            var rule = ex.Message;
            var end = rule.IndexOf(" (Parameter", StringComparison.Ordinal);
            rule = end < 0 ? rule : rule[..end];
            if (ex.ParamName is { } name)
            {
                rule = rule.Replace("OpenAppClientOptions." + name, name.Replace('.', ':'), StringComparison.Ordinal);
            }

            failures.Add(prefix + rule);
        }
    }

    private static void CheckHeaderValue(string? value, string setting, string prefix, List<string> failures)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl))
        {
            failures.Add(prefix + setting + " must not be blank or contain control characters (CR, LF, ...).");
        }
    }
}
