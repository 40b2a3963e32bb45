using System.Runtime.CompilerServices;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// A list that spans several pages, read lazily: nothing is requested until enumeration starts, and each page is
/// requested only when the previous one has been consumed, so a walk holds about one page at a time.
/// </summary>
/// <typeparam name="T">The item model.</typeparam>
/// <remarks>
/// <para>Enumerate it with <c>await foreach</c> to get the items, or with <see cref="AsPages"/> to get one page
/// at a time together with its raw response (status, headers, request and correlation ids).</para>
/// <para>Cancellation comes from the token given when the pageable was created and from the enumerator's token
/// (<c>WithCancellation</c>); either one stops the walk.</para>
/// <para>For tests, build one from plain values with <see cref="FromPages(IEnumerable{Page{T}})"/> or
/// <see cref="FromItems"/>; the members are virtual, so it can also be mocked.</para>
/// </remarks>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>For subclasses and mocking.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>The pages, each with the response it came in, requested one by one as the enumeration advances.</summary>
    /// <param name="cancellationToken">Stops the walk (combined with the token the pageable was created with).</param>
    /// <returns>Every page the walk fetches, in order; the first one even when the list is empty.</returns>
    public abstract IAsyncEnumerable<OpenAppResponse<Page<T>>> AsPages(CancellationToken cancellationToken = default);

    /// <summary>Enumerates the items of every page, in order, requesting pages as needed.</summary>
    /// <param name="cancellationToken">Stops the walk (combined with the token the pageable was created with).</param>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        EnumerateItemsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>A pageable over pages that already exist (for tests and mocks); makes no requests.</summary>
    /// <param name="pages">The pages, in order; each becomes a 200 response without headers.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "AsyncPageable<T>.FromPages reads naturally at the call site, as in Azure.Core.")]
    public static AsyncPageable<T> FromPages(IEnumerable<Page<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable<T>(pages.Select(page => new OpenAppResponse<Page<T>>(page)).ToArray());
    }

    /// <summary>A pageable over page responses that already exist (for tests that need statuses or headers).</summary>
    /// <param name="pages">The page responses, in order.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Reads naturally at the call site.")]
    public static AsyncPageable<T> FromPages(IEnumerable<OpenAppResponse<Page<T>>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable<T>(pages.ToArray());
    }

    /// <summary>A pageable that serves <paramref name="items"/> in pages of <paramref name="pageSize"/> (for tests and mocks).</summary>
    /// <param name="items">All the items.</param>
    /// <param name="pageSize">Items per page, at least 1.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Reads naturally at the call site.")]
    public static AsyncPageable<T> FromItems(IEnumerable<T> items, int pageSize = PageSize.Default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var all = items.ToArray();
        var pages = new List<OpenAppResponse<Page<T>>>();
        for (var offset = 0; offset < all.Length || offset == 0; offset += pageSize)
        {
            var slice = all.AsSpan(offset, Math.Min(pageSize, all.Length - offset)).ToArray();
            pages.Add(new OpenAppResponse<Page<T>>(new Page<T>(slice, all.Length, offset, pageSize)));
        }

        return new StaticPageable<T>(pages.ToArray());
    }

    private async IAsyncEnumerable<T> EnumerateItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = AsPages(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (pages.ConfigureAwait(false))
        {
            while (await pages.MoveNextAsync().ConfigureAwait(false))
            {
                if (!pages.Current.HasValue)
                {
                    continue;
                }

                var items = pages.Current.Value.Items;
                for (var i = 0; i < items.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return items[i];
                }
            }
        }
    }
}
