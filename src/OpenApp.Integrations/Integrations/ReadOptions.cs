namespace OpenApp.Integrations;

/// <summary>The optional <c>include_deleted</c> / <c>include_metadata</c> query flags of single-resource operations.</summary>
public sealed class ReadOptions
{
    /// <summary>Also return a soft-deleted resource. Null leaves the flag out (server default).</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Include provider metadata. Null leaves the flag out (server default).</summary>
    public bool? IncludeMetadata { get; set; }
}
