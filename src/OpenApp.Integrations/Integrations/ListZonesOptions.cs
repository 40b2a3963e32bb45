namespace OpenApp.Integrations;

/// <summary>The optional flags of <see cref="ZonesClient.ListAsync"/>; null leaves a flag out.</summary>
public sealed class ListZonesOptions
{
    /// <summary>Include soft-deleted zones (<c>include_deleted</c>).</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Return only soft-deleted zones (<c>only_deleted</c>).</summary>
    public bool? OnlyDeleted { get; set; }

    /// <summary>Include provider metadata (<c>include_metadata</c>).</summary>
    public bool? IncludeMetadata { get; set; }
}
