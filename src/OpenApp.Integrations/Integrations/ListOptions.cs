using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// What every paginated list takes: the page, always sent as <c>limit</c> and <c>offset</c> (after the output flags
/// of lists that have them, before the list's own filters). The one place these keys are written and the page is
/// checked.
/// </summary>
public abstract class ListOptions
{
    /// <summary>The page size the SDK asks for when the caller does not say.</summary>
    public const int DefaultLimit = PageSize.Default;

    /// <summary>The largest page the server serves.</summary>
    public const int MaxLimit = PageSize.Max;

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

    /// <summary>Writes the output flags, the page and then the list's own filters as query keys.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Limit or Offset is out of range.</exception>
    internal void AddTo(RequestSpec spec)
    {
        Validate();
        AddOutputFlags(spec);
        spec.AddQuery("limit", Limit).AddQuery("offset", Offset);
        AddFilters(spec);
    }

    /// <summary>A copy at another offset, for the page-by-page walk (the caller may change or reuse theirs).</summary>
    internal ListOptions At(int offset)
    {
        var copy = (ListOptions)MemberwiseClone();
        copy.Offset = offset;
        copy.CopyCollections();
        return copy;
    }

    /// <summary>Gives a copy its own collections (a memberwise copy would share the caller's).</summary>
    private protected virtual void CopyCollections()
    {
    }

    /// <summary>Writes the keys that come before the page (the output flags), if the list has any.</summary>
    private protected virtual void AddOutputFlags(RequestSpec spec)
    {
    }

    /// <summary>Writes the filters of a particular list after the page keys.</summary>
    private protected abstract void AddFilters(RequestSpec spec);
}
