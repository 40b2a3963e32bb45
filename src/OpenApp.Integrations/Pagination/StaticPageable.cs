using System.Runtime.CompilerServices;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>A pageable over pages that already exist: what <see cref="AsyncPageable{T}.FromPages(IEnumerable{Page{T}})"/> builds.</summary>
internal sealed class StaticPageable<T> : AsyncPageable<T>
{
    private readonly IReadOnlyList<OpenAppResponse<Page<T>>> _pages;

    public StaticPageable(IReadOnlyList<OpenAppResponse<Page<T>>> pages)
    {
        foreach (var page in pages)
        {
            ArgumentNullException.ThrowIfNull(page, nameof(pages));
            ArgumentNullException.ThrowIfNull(page.Value, nameof(pages));
        }

        _pages = pages;
    }

    public override async IAsyncEnumerable<OpenAppResponse<Page<T>>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var page in _pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return page;
        }
    }

    public override string ToString() => "AsyncPageable(" + _pages.Count + " pages)";
}
