using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// What every paginated list takes: the output flags and the page, always sent (in this order:
/// <c>include_deleted</c>, <c>only_deleted</c>, <c>include_metadata</c>, <c>limit</c>, <c>offset</c>). The one place
/// these keys are written and the page is checked.
/// </summary>
public abstract class ListOptions
{
    /// <summary>The page size the SDK asks for when the caller does not say.</summary>
    public const int DefaultLimit = PageSize.Default;

    /// <summary>The largest page the server serves.</summary>
    public const int MaxLimit = PageSize.Max;

    /// <summary>Include soft-deleted resources (<c>include_deleted</c>).</summary>
    public bool IncludeDeleted { get; set; }

    /// <summary>Return only soft-deleted resources (<c>only_deleted</c>).</summary>
    public bool OnlyDeleted { get; set; }

    /// <summary>Include provider metadata (<c>include_metadata</c>).</summary>
    public bool IncludeMetadata { get; set; }

    /// <summary>Items per page, 1 to 200 (<c>limit</c>). Defaults to 50.</summary>
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>Items to skip, 0 or more (<c>offset</c>).</summary>
    public int Offset { get; set; }

    /// <summary>Checks the page before anything is sent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Limit or Offset is out of range.</exception>
    internal void Validate()
    {
        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"Limit must be between 1 and {MaxLimit}.");
        }

        if (Offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Offset), Offset, "Offset must not be negative.");
        }
    }

    /// <summary>Writes the flags, the page and then the list's own filters as query keys.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Limit or Offset is out of range.</exception>
    internal void AddTo(RequestSpec spec)
    {
        Validate();
        spec.AddQuery("include_deleted", IncludeDeleted)
            .AddQuery("only_deleted", OnlyDeleted)
            .AddQuery("include_metadata", IncludeMetadata)
            .AddQuery("limit", Limit)
            .AddQuery("offset", Offset);
        AddFilters(spec);
    }

    /// <summary>Writes the filters of a particular list after the page keys.</summary>
    private protected abstract void AddFilters(RequestSpec spec);
}
