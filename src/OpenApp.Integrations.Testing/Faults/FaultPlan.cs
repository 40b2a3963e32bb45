namespace OpenApp.Integrations.Testing.Faults;

/// <summary>The faults waiting to be served, oldest first; the first one that applies to a request takes it.</summary>
internal sealed class FaultPlan
{
    private readonly object _sync = new();
    private readonly List<InjectedFault> _faults = new();

    public void Add(InjectedFault fault)
    {
        lock (_sync)
        {
            _faults.Add(fault);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            foreach (var fault in _faults)
            {
                fault.Cancel();
            }

            _faults.Clear();
        }
    }

    /// <summary>The fault this request gets, or null.</summary>
    public InjectedFault? Take(string? operationId, string? correlationId)
    {
        lock (_sync)
        {
            _faults.RemoveAll(f => f.Remaining <= 0);
            return _faults.FirstOrDefault(f => f.TryTake(operationId, correlationId));
        }
    }
}
