using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// What every paginated list takes: the three output flags (always sent) and the page (always sent).
/// </summary>
public abstract class ListOptions
{
    /// <summary>Include soft-deleted resources (<c>include_deleted</c>).</summary>
    public bool IncludeDeleted { get; set; }

    /// <summary>Return only soft-deleted resources (<c>only_deleted</c>).</summary>
    public bool OnlyDeleted { get; set; }

    /// <summary>Include provider metadata (<c>include_metadata</c>).</summary>
    public bool IncludeMetadata { get; set; }

    /// <summary>The page size the SDK asks for when the caller does not say.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Items per page, 1 to 200 (<c>limit</c>). Defaults to 50.</summary>
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Items to skip, 0 or more (<c>offset</c>).</summary>
    public int Offset { get; set; }

    internal MultiResourceOutputOptionsQuery ToOutputOptions() =>
        new() { IncludeDeleted = IncludeDeleted, OnlyDeleted = OnlyDeleted, IncludeMetadata = IncludeMetadata };

    /// <exception cref="ArgumentOutOfRangeException">Limit or Offset is out of range.</exception>
    internal PaginationQuery ToPagination()
    {
        if (Limit is < 1 or > RequestSpec.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"Limit must be between 1 and {RequestSpec.MaxLimit}.");
        }

        if (Offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Offset), Offset, "Offset must not be negative.");
        }

        return new PaginationQuery { Limit = Limit, Offset = Offset };
    }
}
