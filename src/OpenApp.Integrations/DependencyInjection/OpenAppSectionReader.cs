using Microsoft.Extensions.Configuration;

namespace OpenApp.Integrations.DependencyInjection;

/// <summary>
/// Walks an <c>"OpenApp"</c> configuration section before it is bound: every key must be a setting
/// (<see cref="OpenAppConfigurationKeys"/>) and every value must be readable as that setting. Problems name the full
/// key path (<c>OpenApp:Retry:MaxRetrys</c>) and never quote a value, which could be a misplaced API key.
/// </summary>
internal sealed class OpenAppSectionReader
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ConfigurationSetting> _empty = [];
    private readonly List<string> _problems = [];
    private readonly IReadOnlySet<string> _otherSections;

    private OpenAppSectionReader(IReadOnlySet<string> otherSections)
    {
        _otherSections = otherSections;
    }

    /// <summary>The values to bind, by their path under the section; empty values are left out.</summary>
    public IReadOnlyDictionary<string, string?> Values => _values;

    /// <summary>Settings given an empty or null value that means something (e.g. "no timeout").</summary>
    public IReadOnlyList<ConfigurationSetting> EmptySettings => _empty;

    /// <summary>What is wrong with the section, one message per key; empty when it can be bound.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <param name="section">The section to check.</param>
    /// <param name="otherSections">Paths of sections other registrations bind; they may sit inside this one.</param>
    public static OpenAppSectionReader Read(IConfiguration section, IReadOnlySet<string> otherSections)
    {
        var reader = new OpenAppSectionReader(otherSections);
        foreach (var child in section.GetChildren())
        {
            reader.Visit(child, child.Key);
        }

        return reader;
    }

    private void Visit(IConfigurationSection node, string key)
    {
        if (HoldsOnlyOtherSections(node))
        {
            return;
        }

        if (OpenAppConfigurationKeys.Settings.TryGetValue(key, out var setting))
        {
            if (setting.IsList)
            {
                ReadList(node, key, setting);
            }
            else
            {
                ReadValue(node, key, setting);
            }
        }
        else if (OpenAppConfigurationKeys.Groups.Contains(key))
        {
            if (!string.IsNullOrEmpty(node.Value))
            {
                _problems.Add(node.Path + " is a group of settings (" + string.Join(", ", Members(key)) + "), not a value.");
            }

            foreach (var child in node.GetChildren())
            {
                Visit(child, key + ":" + child.Key);
            }
        }
        else if (OpenAppConfigurationKeys.CodeOnly.TryGetValue(key, out var reason))
        {
            _problems.Add(node.Path + " cannot be set from configuration: " + reason + ".");
        }
        else
        {
            // A suggestion ends with its own question mark; without one the sentence ends with a full stop.
            var suggestion = Suggestion(node, key);
            _problems.Add(node.Path + " is not an OpenApp setting" + (suggestion.Length > 0 ? suggestion : "."));
        }
    }

    private void ReadValue(IConfigurationSection node, string key, ConfigurationSetting setting)
    {
        if (node.GetChildren().Any())
        {
            _problems.Add(node.Path + " takes a single value, not nested keys.");
        }
        else if (string.IsNullOrEmpty(node.Value))
        {
            if (setting.WhenEmpty is not null)
            {
                _empty.Add(setting);
            }
        }
        else if (setting.Accepts(node.Value))
        {
            _values[key] = node.Value;
        }
        else
        {
            _problems.Add(node.Path + " " + setting.Rule + ".");
        }
    }

    private void ReadList(IConfigurationSection node, string key, ConfigurationSetting setting)
    {
        if (!string.IsNullOrEmpty(node.Value))
        {
            _problems.Add(node.Path + " is a list: write it as a JSON array, or as keys " + node.Key + ":0, " + node.Key + ":1, ...");
            return;
        }

        foreach (var item in node.GetChildren())
        {
            if (item.GetChildren().Any())
            {
                _problems.Add(item.Path + " must be a single value in the list " + node.Path + ".");
            }
            else if (!string.IsNullOrEmpty(item.Value) && setting.Accepts(item.Value))
            {
                _values[key + ":" + item.Key] = item.Value;
            }
        }
    }

    /// <summary>Whether <paramref name="node"/> is another registration's section, or only groups such sections
    /// (<c>OpenApp:Tenants</c> holding <c>OpenApp:Tenants:A</c> and <c>OpenApp:Tenants:B</c>).</summary>
    private bool HoldsOnlyOtherSections(IConfigurationSection node)
    {
        if (_otherSections.Count == 0)
        {
            return false;
        }

        if (_otherSections.Contains(node.Path))
        {
            return true;
        }

        var children = node.GetChildren().ToList();
        return children.Count > 0 && string.IsNullOrEmpty(node.Value) && children.All(HoldsOnlyOtherSections);
    }

    private static IEnumerable<string> Members(string group) =>
        OpenAppConfigurationKeys.Settings.Keys
            .Where(k => k.StartsWith(group + ":", StringComparison.OrdinalIgnoreCase))
            .Select(k => k[(group.Length + 1)..]);

    /// <summary>
    /// "; did you mean OpenApp:Retry:MaxRetries?" for a misspelling (a setting at most two edits away in the same
    /// group) or a setting written in the wrong group (<c>OpenApp:MaxRetries</c>); empty when nothing is close.
    /// </summary>
    private static string Suggestion(IConfigurationSection node, string key)
    {
        var split = key.LastIndexOf(':');
        var group = split < 0 ? string.Empty : key[..(split + 1)];
        var name = key[(split + 1)..];
        var candidates = OpenAppConfigurationKeys.Settings.Keys
            .Concat(OpenAppConfigurationKeys.Groups)
            .Select(k => (Key: k, Name: k[(k.LastIndexOf(':') + 1)..]))
            .ToList();

        var match = candidates.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).Key
            ?? candidates
                .Where(c => c.Key.Length > group.Length && string.Equals(c.Key[..group.Length], group, StringComparison.OrdinalIgnoreCase)
                            && !c.Key[group.Length..].Contains(':', StringComparison.Ordinal))
                .Select(c => (c.Key, Distance: EditDistance(c.Name.ToUpperInvariant(), name.ToUpperInvariant())))
                .Where(c => c.Distance <= 2)
                .OrderBy(c => c.Distance)
                .Select(c => c.Key)
                .FirstOrDefault();
        if (match is null)
        {
            return string.Empty;
        }

        // The section's own path: the node's path without the key under the section.
        var sectionPath = node.Path[..^key.Length];
        return "; did you mean " + sectionPath + match + "?";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
