using OpenApp.Integrations.Testing.Overrides;

namespace OpenApp.Integrations.Testing;

/// <summary>
/// An override made by <see cref="FakeOpenAppServer.Override(string, OverrideResponse, bool)"/>: while it is in
/// force, the fake answers its operations with the test's answer instead of its own. Dispose it to let the fake
/// answer again (an older override of the same operation, if any, then takes over).
/// </summary>
public sealed class OperationOverride : IDisposable
{
    private readonly OverrideTable _table;
    private readonly IReadOnlySet<string> _operationIds;
    private readonly Func<OverrideRequest, Task<OverrideResponse>> _respond;
    private int _served;

    internal OperationOverride(
        OverrideTable table,
        string route,
        IReadOnlySet<string> operationIds,
        Func<OverrideRequest, Task<OverrideResponse>> respond,
        bool checksCredentialsAndOrganization)
    {
        _table = table;
        Route = route;
        _operationIds = operationIds;
        _respond = respond;
        ChecksCredentialsAndOrganization = checksCredentialsAndOrganization;
    }

    /// <summary>The route as given: an operationId, <c>METHOD /template</c> or a template.</summary>
    public string Route { get; }

    /// <summary>
    /// Whether requests must pass the fake's credential and <c>X-Org</c> checks before the override answers (401 and
    /// 403 as usual). When false the override answers them too.
    /// </summary>
    public bool ChecksCredentialsAndOrganization { get; }

    /// <summary>How many requests it has answered so far.</summary>
    public int Served => Volatile.Read(ref _served);

    /// <summary>Removes the override: later requests are answered by the fake (or an older override).</summary>
    public void Dispose() => _table.Remove(this);

    /// <summary>E.g. <c>OperationOverride(get_integration, served=2)</c>.</summary>
    public override string ToString() => $"OperationOverride({Route}, served={Served})";

    internal bool Applies(string operationId) => _operationIds.Contains(operationId);

    internal Task<OverrideResponse> RespondAsync(OverrideRequest request)
    {
        Interlocked.Increment(ref _served);
        return _respond(request);
    }
}
