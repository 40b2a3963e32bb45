using System.Text;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations;

/// <summary>The comparison behind the <c>GetByNameAsync</c> look-ups.</summary>
internal static class NameMatcher
{
    /// <summary>Checks a name argument and returns it trimmed and normalized; blank names are rejected before any request.</summary>
    public static string Normalize(string? name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The name must not be empty or blank: an empty name never matches.", parameterName);
        }

        // NFC, so "é" typed as one code point matches "é" stored as e + combining accent.
        return trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether any text of <paramref name="candidate"/>, in any locale, matches <paramref name="normalizedName"/>.</summary>
    public static bool Matches(LocalizedString? candidate, string normalizedName, NameMatch match) =>
        candidate is not null && candidate.AllTexts.Any(text => Matches(text, normalizedName, match));

    /// <summary>Whether <paramref name="text"/> matches <paramref name="normalizedName"/> (case-insensitive, trimmed).</summary>
    public static bool Matches(string? text, string normalizedName, NameMatch match)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var candidate = text.Trim().Normalize(NormalizationForm.FormC);
        return match switch
        {
            NameMatch.Exact => string.Equals(candidate, normalizedName, StringComparison.OrdinalIgnoreCase),
            NameMatch.Contains => candidate.Contains(normalizedName, StringComparison.OrdinalIgnoreCase),
            _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Unknown NameMatch."),
        };
    }

    /// <summary>Rejects values outside the enum before any request.</summary>
    public static void Check(NameMatch match, string parameterName)
    {
        if (match is not (NameMatch.Exact or NameMatch.Contains))
        {
            throw new ArgumentOutOfRangeException(parameterName, match, "Use NameMatch.Exact or NameMatch.Contains.");
        }
    }
}
