using System.Runtime.CompilerServices;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// Walks an offset-paginated list: starts at the given offset, advances by the number of items actually received
/// (servers may cap pages below the requested limit), and stops at the reported total or at an empty page.
/// </summary>
internal sealed class OffsetPageable<T> : AsyncPageable<T>
{
    private readonly int _startOffset;
    private readonly Func<int, CancellationToken, Task<OpenAppResponse<Page<T>>>> _fetchPage;
    private readonly CancellationToken _cancellationToken;

    /// <param name="startOffset">Where the walk starts.</param>
    /// <param name="fetchPage">Fetches the page that starts at an offset.</param>
    /// <param name="cancellationToken">The token the caller gave when creating the pageable.</param>
    public OffsetPageable(int startOffset, Func<int, CancellationToken, Task<OpenAppResponse<Page<T>>>> fetchPage, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startOffset);
        ArgumentNullException.ThrowIfNull(fetchPage);
        _startOffset = startOffset;
        _fetchPage = fetchPage;
        _cancellationToken = cancellationToken;
    }

    public override async IAsyncEnumerable<OpenAppResponse<Page<T>>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = cancellationToken.CanBeCanceled && _cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);

        long offset = _startOffset;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var response = await _fetchPage((int)offset, token).ConfigureAwait(false);
            if (!response.HasValue)
            {
                // A 2xx without a body (e.g. 204): there is no page, so the list ends here.
                yield break;
            }

            var received = response.Value.Items.Count;
            var total = response.Value.Total;
            yield return response;

            // The offset moves by what arrived, not by the limit asked for: a capped page must not skip items.
            offset += received;
            if (received == 0 || offset >= total || offset > int.MaxValue)
            {
                yield break;
            }
        }
    }

    public override string ToString() => "AsyncPageable(from offset " + _startOffset + ")";
}
