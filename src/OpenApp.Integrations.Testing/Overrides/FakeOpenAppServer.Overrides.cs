namespace OpenApp.Integrations.Testing;

// Overrides: a test answers an operation itself, for answers the fake does not model.
public sealed partial class FakeOpenAppServer
{
    /// <summary>
    /// Answers an operation with a canned answer until the returned override is disposed: for answers the fake does
    /// not model (a provider error, an odd body, a 202 pending approval). The request is still recorded in the log
    /// (<see cref="RecordedRequest.Overridden"/>), and still gets the fake's credential and <c>X-Org</c> checks
    /// (unless <paramref name="checkCredentialsAndOrganization"/> is false) and its query and body checks; injected
    /// faults come first. The newest override of an operation wins.
    /// </summary>
    /// <param name="route">The operation: an operationId (<c>get_integration</c>), <c>METHOD /template</c>
    /// (<c>GET /integrations/{id}</c>) or a template (every method on it).</param>
    /// <param name="response">The answer, sent as given (not checked against the bundle).</param>
    /// <param name="checkCredentialsAndOrganization">False answers requests without valid credentials or
    /// <c>X-Org</c> too.</param>
    /// <returns>The override: dispose it to let the fake answer again; <see cref="OperationOverride.Served"/> counts its answers.</returns>
    /// <exception cref="ArgumentException">The route names no operation.</exception>
    /// <example>
    /// <code>
    /// using var quota = server.Override("list_integrations", OverrideResponse.Error(429, "quota_exceeded", "Monthly quota used up."));
    /// var error = await Assert.ThrowsAsync&lt;OpenAppRateLimitException&gt;(() => client.Integrations.ListAsync());
    /// Assert.True(error.IsQuotaExceeded);
    /// </code>
    /// </example>
    public OperationOverride Override(string route, OverrideResponse response, bool checkCredentialsAndOrganization = true)
    {
        ArgumentNullException.ThrowIfNull(response);
        return AddOverride(route, _ => Task.FromResult(response), checkCredentialsAndOrganization);
    }

    /// <summary>
    /// Answers an operation with a callback until the returned override is disposed (see
    /// <see cref="Override(string, OverrideResponse, bool)"/>). The callback sees the request and may let the fake
    /// answer it after all (<see cref="OverrideRequest.FallBackToFakeAsync"/>). If it throws, the request is answered
    /// 500 <c>override_failed</c> naming the exception.
    /// </summary>
    /// <param name="route">The operation (see <see cref="Override(string, OverrideResponse, bool)"/>).</param>
    /// <param name="respond">Answers one request; runs on the server's threads, possibly for several requests at once.</param>
    /// <param name="checkCredentialsAndOrganization">False answers requests without valid credentials or <c>X-Org</c> too.</param>
    /// <returns>The override; dispose it to let the fake answer again.</returns>
    /// <exception cref="ArgumentException">The route names no operation.</exception>
    /// <example>
    /// <code>
    /// // A 202 the fake never sends: the op waits for a sharing approval.
    /// using var pending = server.Override("execute_integration_op", request =>
    ///     new OverrideResponse(202, $$"""{"status": "pending_approval", "op_id": "{{request.PathValues["op_id"]}}"}"""));
    /// </code>
    /// </example>
    public OperationOverride Override(string route, Func<OverrideRequest, OverrideResponse> respond, bool checkCredentialsAndOrganization = true)
    {
        ArgumentNullException.ThrowIfNull(respond);
        return AddOverride(route, request => Task.FromResult(respond(request)), checkCredentialsAndOrganization);
    }

    /// <summary>
    /// Answers an operation with an asynchronous callback until the returned override is disposed (see
    /// <see cref="Override(string, Func{OverrideRequest, OverrideResponse}, bool)"/>).
    /// </summary>
    /// <param name="route">The operation (see <see cref="Override(string, OverrideResponse, bool)"/>).</param>
    /// <param name="respond">Answers one request; runs on the server's threads, possibly for several requests at once.</param>
    /// <param name="checkCredentialsAndOrganization">False answers requests without valid credentials or <c>X-Org</c> too.</param>
    /// <returns>The override; dispose it to let the fake answer again.</returns>
    /// <exception cref="ArgumentException">The route names no operation.</exception>
    /// <example>
    /// <code>
    /// // Only one integration is broken; the fake answers for the others.
    /// using var broken = server.Override("get_integration", async request =>
    ///     request.PathValues["id"] == brokenId
    ///         ? OverrideResponse.Error(502, "provider_error", "The provider did not answer.")
    ///         : await request.FallBackToFakeAsync());
    /// </code>
    /// </example>
    public OperationOverride Override(string route, Func<OverrideRequest, Task<OverrideResponse>> respond, bool checkCredentialsAndOrganization = true)
    {
        ArgumentNullException.ThrowIfNull(respond);
        return AddOverride(route, respond, checkCredentialsAndOrganization);
    }

    /// <summary>Removes every override: the fake answers every operation itself again.</summary>
    public void ClearOverrides() => _overrides.Clear();

    private OperationOverride AddOverride(string route, Func<OverrideRequest, Task<OverrideResponse>> respond, bool checkCredentialsAndOrganization)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        var entry = new OperationOverride(_overrides, route, OperationIds(route, nameof(route)), respond, checkCredentialsAndOrganization);
        _overrides.Add(entry);
        return entry;
    }
}
