using System.Globalization;

namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// One key of an <c>"OpenApp"</c> configuration section: its path under the section and the values it accepts.
/// </summary>
/// <remarks>
/// Each check parses exactly as the configuration binder does (or more strictly), so a value that passes always binds
/// and the binder never throws (its messages would quote the value, which may be a misplaced API key).
/// </remarks>
internal sealed class ConfigurationSetting
{
    private readonly Func<string, bool> _accepts;

    private ConfigurationSetting(string key, string rule, Func<string, bool> accepts)
    {
        Key = key;
        Rule = rule;
        _accepts = accepts;
    }

    /// <summary>The path under the section, e.g. <c>Retry:MaxRetries</c>.</summary>
    public string Key { get; }

    /// <summary>Completes "{path} ..." when a value is not accepted, e.g. <c>must be a whole number</c>.</summary>
    public string Rule { get; }

    /// <summary>A list of values (a JSON array, or keys <c>:0</c>, <c>:1</c>, ...) rather than one value.</summary>
    public bool IsList { get; private init; }

    /// <summary>
    /// What an empty or <c>null</c> value does; when null, such a value is "not set" and the default stays.
    /// </summary>
    public Action<OpenAppClientOptions>? WhenEmpty { get; private init; }

    public bool Accepts(string value) => _accepts(value);

    public static ConfigurationSetting Text(string key) =>
        new(key, "must be text", static _ => true);

    public static ConfigurationSetting TextList(string key) =>
        new(key, "must be a list of text values", static _ => true) { IsList = true };

    public static ConfigurationSetting Int32(string key) =>
        new(key, "must be a whole number", static v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));

    public static ConfigurationSetting Int64(string key) =>
        new(key, "must be a whole number", static v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));

    public static ConfigurationSetting Boolean(string key) =>
        new(key, "must be true or false", static v => bool.TryParse(v, out _));

    public static ConfigurationSetting Duration(string key) =>
        new(key, "must be a time span such as '00:00:30' (hh:mm:ss) or '1.00:00:00' (d.hh:mm:ss)", IsTimeSpan);

    /// <summary>A time span whose empty or <c>null</c> value means "none" (<paramref name="clear"/> sets it to null).</summary>
    public static ConfigurationSetting OptionalDuration(string key, Action<OpenAppClientOptions> clear) =>
        new(key, "must be a time span such as '00:00:30' (hh:mm:ss), or null for none", IsTimeSpan) { WhenEmpty = clear };

    public static ConfigurationSetting AbsoluteUrl(string key) =>
        new(key, "is not an absolute URL; expected e.g. 'https://openapp.house/api/v1'", static v => Uri.TryCreate(v.Trim(), UriKind.Absolute, out _));

    /// <summary>One of the names of <typeparamref name="TEnum"/>, in any case; numbers are not accepted.</summary>
    public static ConfigurationSetting Choice<TEnum>(string key)
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        var rule = "must be " + string.Join(" or ", names.Select(n => "'" + n + "'"));
        return new(key, rule, v => names.Contains(v.Trim(), StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsTimeSpan(string value) => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _);
}
