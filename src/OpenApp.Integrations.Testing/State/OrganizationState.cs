namespace OpenApp.Integrations.Testing.State;

/// <summary>Everything one organization owns. Another organization never sees any of it.</summary>
internal sealed class OrganizationState
{
    private readonly List<IntegrationRecord> _integrations = new();
    private readonly Dictionary<string, IntegrationRecord> _byId = new(StringComparer.Ordinal);

    public OrganizationState(string id)
    {
        Id = id;
    }

    public string Id { get; }

    /// <summary>Integrations in the order they were created (the list order).</summary>
    public IReadOnlyList<IntegrationRecord> Integrations => _integrations;

    /// <summary>The organization's locations, in the order they were added.</summary>
    public List<LocationRecord> Locations { get; } = new();

    /// <summary>Results of writes sent with an <c>Idempotency-Key</c>, by operation and key.</summary>
    public Dictionary<(string OperationId, string Key), IdempotentResult> IdempotentResults { get; } = new();

    public void Add(IntegrationRecord integration)
    {
        _integrations.Add(integration);
        _byId.Add(integration.Id, integration);
    }

    public bool Remove(IntegrationRecord integration) => _byId.Remove(integration.Id) && _integrations.Remove(integration);

    public IntegrationRecord? Find(string id) => _byId.TryGetValue(id, out var integration) ? integration : null;
}

/// <summary>What a write with an idempotency key answered, to replay it for the same key and body.</summary>
/// <param name="BodyHash">A hash of the request body the key was first used with.</param>
/// <param name="Status">The status answered.</param>
/// <param name="Body">The JSON answered, as text (null for no body).</param>
internal sealed record IdempotentResult(string BodyHash, int Status, string? Body);
