namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// The fake's whole state: organizations, uploaded images and the id generator. One lock guards it all: requests
/// are small and the fake favours obviously-correct over parallel.
/// </summary>
internal sealed class FakeStore
{
    private readonly Dictionary<string, OrganizationState> _organizations = new(StringComparer.Ordinal);

    public FakeStore(TimeProvider clock)
    {
        Clock = clock;
        Ids = new IdGenerator(clock);
    }

    /// <summary>The lock every read and write of the state takes.</summary>
    public object Sync { get; } = new();

    public TimeProvider Clock { get; }

    public IdGenerator Ids { get; }

    /// <summary>Uploaded images by file name (<c>{id}.png</c>), served without credentials like a CDN would.</summary>
    public Dictionary<string, StoredImage> Images { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Results of keyed writes the contract declares without <c>X-Org</c>, by operation and key (see
    /// <see cref="OrganizationState.IdempotentResults"/> for the others).
    /// </summary>
    public Dictionary<(string OperationId, string Key), IdempotentResult> CallerIdempotentResults { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The organization's state, created empty on first use (any organization id is accepted).</summary>
    public OrganizationState Organization(string id)
    {
        if (!_organizations.TryGetValue(id, out var state))
        {
            state = new OrganizationState(id);
            _organizations.Add(id, state);
        }

        return state;
    }

    /// <summary>
    /// The integration with this id in whichever organization holds it, or null: for the routes the contract
    /// declares without <c>X-Org</c> (images), which the server scopes by the caller's credentials instead.
    /// </summary>
    public IntegrationRecord? FindInAnyOrganization(string id) =>
        _organizations.Values.Select(o => o.Find(id)).FirstOrDefault(i => i is not null);

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        _organizations.Clear();
        Images.Clear();
        CallerIdempotentResults.Clear();
    }
}

/// <summary>An uploaded image.</summary>
/// <param name="ContentType">Its media type.</param>
/// <param name="Data">Its bytes.</param>
internal sealed record StoredImage(string ContentType, byte[] Data);
