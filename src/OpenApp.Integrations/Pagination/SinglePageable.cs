using System.Runtime.CompilerServices;

namespace OpenApp.Integrations;

/// <summary>
/// A walk over a list the server does not page (its route takes no limit or offset): one request, made when the
/// enumeration starts, whose answer is the whole list. Asking again would only return the same items.
/// </summary>
internal sealed class SinglePageable<T> : AsyncPageable<T>
{
    private readonly Func<CancellationToken, Task<OpenAppResponse<Page<T>>>> _fetch;
    private readonly CancellationToken _cancellationToken;

    /// <param name="fetch">Fetches the list.</param>
    /// <param name="cancellationToken">The token the caller gave when creating the pageable.</param>
    public SinglePageable(Func<CancellationToken, Task<OpenAppResponse<Page<T>>>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    public override async IAsyncEnumerable<OpenAppResponse<Page<T>>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = cancellationToken.CanBeCanceled && _cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
        token.ThrowIfCancellationRequested();
        yield return await _fetch(token).ConfigureAwait(false);
    }

    public override string ToString() => "AsyncPageable(one page)";
}
