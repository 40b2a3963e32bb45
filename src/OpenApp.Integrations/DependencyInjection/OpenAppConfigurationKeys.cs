namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// Every key an <c>"OpenApp"</c> configuration section may hold, and the settings that only code can set. A key that
/// is in neither list is a typo or a setting this version does not have, and stops the app at start-up.
/// </summary>
/// <remarks>
/// Keys are written with <c>nameof</c>, so renaming a property breaks the build here instead of silently dropping the
/// key. A test walks <see cref="OpenAppClientOptions"/> by reflection and fails when a property is in neither list.
/// Configuration keys are case-insensitive, and so are these.
/// </remarks>
internal static class OpenAppConfigurationKeys
{
    private const string Retry = nameof(OpenAppClientOptions.Retry);
    private const string Logging = nameof(OpenAppClientOptions.Logging);

    /// <summary>The keys that hold values, by their path under the section (e.g. <c>Retry:MaxRetries</c>).</summary>
    public static IReadOnlyDictionary<string, ConfigurationSetting> Settings { get; } = new[]
    {
        ConfigurationSetting.Text(nameof(OpenAppClientOptions.ApiKey)),
        ConfigurationSetting.Choice<ApiKeyHeader>(nameof(OpenAppClientOptions.ApiKeyHeader)),
        ConfigurationSetting.AbsoluteUrl(nameof(OpenAppClientOptions.BaseUrl)),
        ConfigurationSetting.Text(nameof(OpenAppClientOptions.OrganizationId)),
        ConfigurationSetting.Text(nameof(OpenAppClientOptions.UserAgentSuffix)),
        ConfigurationSetting.Int64(nameof(OpenAppClientOptions.MaxResponseBodyBytes)),
        ConfigurationSetting.Boolean(nameof(OpenAppClientOptions.AllowInsecureHttp)),

        ConfigurationSetting.Int32(Key(Retry, nameof(OpenAppRetryOptions.MaxRetries))),
        ConfigurationSetting.Duration(Key(Retry, nameof(OpenAppRetryOptions.BaseDelay))),
        ConfigurationSetting.Duration(Key(Retry, nameof(OpenAppRetryOptions.MaxDelay))),
        ConfigurationSetting.Boolean(Key(Retry, nameof(OpenAppRetryOptions.UseJitter))),
        ConfigurationSetting.Duration(Key(Retry, nameof(OpenAppRetryOptions.MaxRetryAfter))),
        ConfigurationSetting.OptionalDuration(Key(Retry, nameof(OpenAppRetryOptions.AttemptTimeout)), static o => (o.Retry ??= new()).AttemptTimeout = null),
        ConfigurationSetting.OptionalDuration(Key(Retry, nameof(OpenAppRetryOptions.OverallTimeout)), static o => (o.Retry ??= new()).OverallTimeout = null),

        ConfigurationSetting.Boolean(Key(Logging, nameof(OpenAppLoggingOptions.LogBodies))),
        ConfigurationSetting.Int32(Key(Logging, nameof(OpenAppLoggingOptions.MaxBodyLength))),
        ConfigurationSetting.TextList(Key(Logging, nameof(OpenAppLoggingOptions.AllowedHeaderNames))),
    }.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The keys that group other keys (<c>Retry</c>, <c>Logging</c>).</summary>
    public static IReadOnlySet<string> Groups { get; } = Settings.Keys
        .Where(k => k.Contains(':', StringComparison.Ordinal))
        .Select(k => k[..k.LastIndexOf(':')])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Settings that hold objects, not values: configuration cannot express them. Why, for the message.</summary>
    public static IReadOnlyDictionary<string, string> CodeOnly { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(OpenAppClientOptions.Credential)] =
            "a credential is an object (e.g. a token provider); set ApiKey here, or Credential in code (the configure callback)",
        [nameof(OpenAppClientOptions.TimeProvider)] = "a clock is an object; set it in code (the configure callback)",
        [nameof(OpenAppClientOptions.LoggerFactory)] = "it is taken from the app's services (or set it in code)",
        [nameof(OpenAppClientOptions.MeterFactory)] = "it is taken from the app's services (or set it in code)",
    };

    private static string Key(string group, string name) => group + ":" + name;
}
