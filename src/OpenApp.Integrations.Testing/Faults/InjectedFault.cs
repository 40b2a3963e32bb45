namespace OpenApp.Integrations.Testing;

/// <summary>
/// A fault the fake serves to matching requests (made by <see cref="FakeOpenAppServer.FailNext"/>,
/// <see cref="FakeOpenAppServer.DelayNext"/> or <see cref="FakeOpenAppServer.FailFirstAttempts"/>). Tells how often it
/// was served; <see cref="Cancel"/> stops it early.
/// </summary>
public sealed class InjectedFault
{
    private readonly object _sync = new();
    private readonly HashSet<string> _seenCorrelationIds = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string>? _operationIds;
    private int _remaining;
    private int _served;

    internal InjectedFault(
        int count,
        int status,
        string? route,
        IReadOnlySet<string>? operationIds,
        TimeSpan? retryAfter,
        TimeSpan? delay,
        bool dropConnection,
        bool firstAttemptOnly)
    {
        _remaining = count;
        Status = status;
        Route = route;
        _operationIds = operationIds;
        RetryAfter = retryAfter;
        Delay = delay;
        DropConnection = dropConnection;
        FirstAttemptOnly = firstAttemptOnly;
    }

    /// <summary>The status served, or 0 when the fault only delays and then lets the request through.</summary>
    public int Status { get; }

    /// <summary>The route the fault is limited to (as given), or null for every route.</summary>
    public string? Route { get; }

    /// <summary>The <c>Retry-After</c> sent with the status, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How long the fake waits (on its <see cref="FakeOpenAppServerOptions.TimeProvider"/>) before answering.</summary>
    public TimeSpan? Delay { get; }

    /// <summary>Whether the connection is dropped instead of answered.</summary>
    public bool DropConnection { get; }

    /// <summary>Whether only the first attempt of each logical call (same <c>X-Correlation-Id</c>) is failed.</summary>
    public bool FirstAttemptOnly { get; }

    /// <summary>How many more requests it will fail (<see cref="int.MaxValue"/> for first-attempt faults).</summary>
    public int Remaining
    {
        get
        {
            lock (_sync)
            {
                return _remaining;
            }
        }
    }

    /// <summary>How many requests it has failed so far.</summary>
    public int Served
    {
        get
        {
            lock (_sync)
            {
                return _served;
            }
        }
    }

    /// <summary>Stops the fault: later requests are served normally.</summary>
    public void Cancel()
    {
        lock (_sync)
        {
            _remaining = 0;
        }
    }

    /// <summary>Takes one use of the fault if it applies to this request.</summary>
    internal bool TryTake(string? operationId, string? correlationId)
    {
        if (_operationIds is not null && (operationId is null || !_operationIds.Contains(operationId)))
        {
            return false;
        }

        lock (_sync)
        {
            if (_remaining <= 0)
            {
                return false;
            }

            if (FirstAttemptOnly && (correlationId is null || !_seenCorrelationIds.Add(correlationId)))
            {
                return false;
            }

            if (_remaining != int.MaxValue)
            {
                _remaining--;
            }

            _served++;
            return true;
        }
    }

    /// <summary>A description such as <c>503 x2 on get_integration</c>.</summary>
    public override string ToString() =>
        $"InjectedFault({(Status == 0 ? "delay" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}, route={Route ?? "any"}, served={Served})";
}
