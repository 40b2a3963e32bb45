using OpenApp.Integrations.Testing.Faults;

namespace OpenApp.Integrations.Testing;

// Fault injection: the next requests fail, wait, or lose their connection.
public sealed partial class FakeOpenAppServer
{
    /// <summary>
    /// Makes the next <paramref name="count"/> matching requests fail: after an optional delay, the connection is
    /// dropped or the status is answered with an <c>ApiErrorResponse</c> body (and <c>Retry-After</c> if given).
    /// Faults come before everything else, overrides included.
    /// </summary>
    /// <param name="count">How many requests to fail, 1 or more.</param>
    /// <param name="status">The status to answer, 400 to 599 (ignored when the connection is dropped).</param>
    /// <param name="route">Only requests of this route: an operationId (<c>get_integration</c>), <c>METHOD /template</c>
    /// or a template (<c>/integrations/{id}</c>); null for every request.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send (whole seconds, rounded up). A client waits for it.</param>
    /// <param name="delay">How long to wait first, on <see cref="FakeOpenAppServerOptions.TimeProvider"/>.</param>
    /// <param name="dropConnection">Drop the connection instead of answering.</param>
    /// <returns>The fault, to check how often it was served or cancel it.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the route is unknown.</exception>
    public InjectedFault FailNext(
        int count,
        int status,
        string? route = null,
        TimeSpan? retryAfter = null,
        TimeSpan? delay = null,
        bool dropConnection = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A failure status is 400 to 599.");
        }

        return AddFault(count, status, route, retryAfter, delay, dropConnection, firstAttemptOnly: false);
    }

    /// <summary>Delays the next <paramref name="count"/> matching requests, then serves them normally.</summary>
    /// <param name="count">How many requests to delay, 1 or more.</param>
    /// <param name="delay">How long, on <see cref="FakeOpenAppServerOptions.TimeProvider"/>.</param>
    /// <param name="route">Only requests of this route (see <see cref="FailNext"/>); null for every request.</param>
    public InjectedFault DelayNext(int count, TimeSpan delay, string? route = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return AddFault(count, 0, route, null, delay, false, firstAttemptOnly: false);
    }

    /// <summary>
    /// Fails the first attempt of every logical call (told apart by <c>X-Correlation-Id</c>, which the SDK keeps the
    /// same on retries) until cancelled: a flaky server that a client with retries still gets through.
    /// Requests without a correlation id are served normally.
    /// </summary>
    /// <param name="status">The status, 400 to 599 (e.g. 503, or 429 with <paramref name="retryAfter"/>).</param>
    /// <param name="route">Only requests of this route (see <see cref="FailNext"/>); null for every request.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> to send.</param>
    public InjectedFault FailFirstAttempts(int status, string? route = null, TimeSpan? retryAfter = null)
    {
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A failure status is 400 to 599.");
        }

        return AddFault(int.MaxValue, status, route, retryAfter, null, false, firstAttemptOnly: true);
    }

    /// <summary>Cancels every injected fault.</summary>
    public void ClearFaults() => _faults.Clear();

    private InjectedFault AddFault(int count, int status, string? route, TimeSpan? retryAfter, TimeSpan? delay, bool dropConnection, bool firstAttemptOnly)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, "Retry-After must not be negative.");
        }

        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay must not be negative.");
        }

        var operationIds = route is null ? null : OperationIds(route, nameof(route));
        var fault = new InjectedFault(count, status, route, operationIds, retryAfter, delay, dropConnection, firstAttemptOnly);
        _faults.Add(fault);
        return fault;
    }
}
