using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// Binds an <c>"OpenApp"</c> configuration section to <see cref="OpenAppClientOptions"/>: every setting that holds a
/// value (the keys are in <see cref="OpenAppConfigurationKeys"/>), through the configuration binder's source generator,
/// so no reflection is involved and it is trim- and AOT-safe.
/// </summary>
/// <remarks>
/// The section is checked first (<see cref="OpenAppSectionReader"/>): an unknown or misspelled key, or a value that
/// cannot be read, stops the app with one message per key; sections that other registrations bind (a keyed client's
/// <c>OpenApp:SecondBuilding</c> inside <c>OpenApp</c>) are skipped. An empty or null value leaves the setting at its default,
/// except the two timeouts, where it means "no timeout". Lists (<c>Logging:AllowedHeaderNames</c>) add to the defaults.
/// </remarks>
internal static class OpenAppConfiguration
{
    /// <exception cref="OptionsValidationException">The section has unknown keys or unreadable values (the messages
    /// name the keys and never show a value).</exception>
    public static void Apply(
        IConfiguration section, OpenAppClientOptions options, string optionsName, IEnumerable<BoundOpenAppSection> registeredSections)
    {
        var ownPath = (section as IConfigurationSection)?.Path;
        var otherSections = registeredSections
            .Select(s => s.Path)
            .OfType<string>()
            .Where(p => !string.Equals(p, ownPath, StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reading = OpenAppSectionReader.Read(section, otherSections);
        if (reading.Problems.Count > 0)
        {
            var registration = OpenAppClientOptionsValidator.Registration(optionsName);
            throw new OptionsValidationException(
                optionsName, typeof(OpenAppClientOptions), reading.Problems.Select(p => registration + p));
        }

        // Only checked, non-empty values reach the binder: its versions differ on empty and null values (8.0 throws
        // on an empty time span, 10.0 skips it), and its own conversion errors would quote the value.
        var checkedValues = new ConfigurationBuilder().AddInMemoryCollection(reading.Values).Build();
        checkedValues.Bind(options);
        foreach (var setting in reading.EmptySettings)
        {
            setting.WhenEmpty!(options);
        }
    }
}
