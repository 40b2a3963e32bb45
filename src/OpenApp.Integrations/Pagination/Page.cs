namespace OpenApp.Integrations;

/// <summary>One page of a paginated list: its items, the total the server reported and where the page starts.</summary>
/// <typeparam name="T">The item model.</typeparam>
public class Page<T>
{
    /// <summary>Creates a page from plain values (also for tests and mocks).</summary>
    /// <param name="items">The items of this page.</param>
    /// <param name="total">How many items the whole list has.</param>
    /// <param name="offset">The offset this page was asked for.</param>
    /// <param name="limit">The page size that was asked for.</param>
    public Page(IReadOnlyList<T> items, long total, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        Total = total;
        Offset = offset;
        Limit = limit;
    }

    /// <summary>The items of this page (possibly fewer than <see cref="Limit"/>: servers may cap pages).</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>How many items the whole list has.</summary>
    public long Total { get; }

    /// <summary>The offset of the first item of this page.</summary>
    public int Offset { get; }

    /// <summary>The page size that was asked for.</summary>
    public int Limit { get; }

    /// <summary>The offset of the next page: this one's offset plus the items actually received.</summary>
    public int NextOffset => Offset + Items.Count;

    /// <summary>Whether items remain after this page (a non-empty page that ends before <see cref="Total"/>).</summary>
    public bool HasMore => Items.Count > 0 && NextOffset < Total;

    /// <summary>A summary such as <c>Page(50 items at 100 of 1234)</c>.</summary>
    public override string ToString() => $"Page({Items.Count} items at {Offset} of {Total})";
}
