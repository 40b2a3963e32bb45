namespace OpenApp.Integrations;

/// <summary>How a name look-up compares names. Both ways ignore case and surrounding whitespace and look at every locale.</summary>
public enum NameMatch
{
    /// <summary>The whole name equals the one asked for.</summary>
    Exact = 0,

    /// <summary>The name contains the one asked for.</summary>
    Contains = 1,
}
