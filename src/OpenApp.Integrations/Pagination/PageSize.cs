namespace OpenApp.Integrations;

/// <summary>The page sizes of the OpenApp lists, defined once: what the SDK asks for by default and what the server serves at most.</summary>
internal static class PageSize
{
    /// <summary>The page size the SDK asks for when the caller does not say.</summary>
    public const int Default = 50;

    /// <summary>The largest page the server serves.</summary>
    public const int Max = 200;
}
