namespace OpenApp.Integrations.Testing.Overrides;

/// <summary>The overrides in force; the newest one for an operation answers it.</summary>
internal sealed class OverrideTable
{
    private readonly object _sync = new();
    private readonly List<OperationOverride> _overrides = new();

    public void Add(OperationOverride entry)
    {
        lock (_sync)
        {
            _overrides.Add(entry);
        }
    }

    public void Remove(OperationOverride entry)
    {
        lock (_sync)
        {
            _overrides.Remove(entry);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _overrides.Clear();
        }
    }

    /// <summary>The override that answers <paramref name="operationId"/>, or null.</summary>
    public OperationOverride? Find(string operationId)
    {
        lock (_sync)
        {
            return _overrides.LastOrDefault(o => o.Applies(operationId));
        }
    }
}
