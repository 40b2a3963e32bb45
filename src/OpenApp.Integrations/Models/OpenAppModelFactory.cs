namespace OpenApp.Integrations.Models;

/// <summary>
/// Builds every response model, page and pageable from plain values, for tests that mock the SDK
/// (<c>Substitute.For&lt;IntegrationsClient&gt;()</c>, <c>new Mock&lt;IntegrationsClient&gt;()</c>, or a subclass).
/// Every parameter is optional and named after the property it fills; a parameter left null keeps the model's
/// default (empty collections, empty names); collections are copied.
/// </summary>
/// <remarks>The methods for the models are generated from the bundle (<c>OpenAppModelFactory.g.cs</c>), so every
/// response model has one; this part holds the responses, pages and pageables.</remarks>
/// <example>
/// <code>
/// var integration = OpenAppModelFactory.IntegrationResponse(id: "int_1", name: LocalizedString.FromLocale("en", "Lobby"));
/// integrations.GetAsync("int_1").Returns(OpenAppModelFactory.Response(integration));
/// integrations.ListAllAsync().Returns(OpenAppModelFactory.AsyncPageableFromItems(new[] { integration }));
/// </code>
/// </example>
public static partial class OpenAppModelFactory
{
    /// <summary>A response carrying <paramref name="value"/>, as an operation returns it.</summary>
    /// <typeparam name="T">The body's model.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers, e.g. <c>X-Request-Id</c>.</param>
    public static OpenAppResponse<T> Response<T>(T value, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(value, status, headers);

    /// <summary>A response without a body (e.g. a delete).</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers.</param>
    public static OpenAppResponse Response(int status = 204, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, headers);

    /// <summary>One page of a list.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="items">The page's items.</param>
    /// <param name="total">The list's total; defaults to <paramref name="offset"/> plus the items given.</param>
    /// <param name="offset">The page's offset.</param>
    /// <param name="limit">The page size asked for; defaults to 50.</param>
    public static Page<T> Page<T>(IEnumerable<T> items, long? total = null, int offset = 0, int limit = PageSize.Default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        return new Page<T>(list, total ?? offset + list.Length, offset, limit);
    }

    /// <summary>A pageable over the given pages, as <c>ListAllAsync</c> returns it; makes no requests.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="pages">The pages, in order.</param>
    public static AsyncPageable<T> AsyncPageable<T>(IEnumerable<Page<T>> pages) => OpenApp.Integrations.AsyncPageable<T>.FromPages(pages);

    /// <summary>A pageable that serves <paramref name="items"/> in pages of <paramref name="pageSize"/>; makes no requests.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="items">All the items.</param>
    /// <param name="pageSize">Items per page.</param>
    public static AsyncPageable<T> AsyncPageableFromItems<T>(IEnumerable<T> items, int pageSize = PageSize.Default) =>
        OpenApp.Integrations.AsyncPageable<T>.FromItems(items, pageSize);

    /// <summary>The result of an op the server ran (HTTP 200), as <c>RunOpAsync</c> returns it.</summary>
    /// <param name="result">The op's result, as provider-specific JSON.</param>
    public static OpResult OpResult(System.Text.Json.JsonElement result) => Integrations.OpResult.Completed(result);

    /// <summary>An op a sharing policy holds for approval (HTTP 202), as <c>RunOpAsync</c> returns it.</summary>
    /// <param name="pendingApproval">The approval request.</param>
    public static OpResult OpResultPendingApproval(PendingSharingApprovalResponse pendingApproval) =>
        Integrations.OpResult.Pending(pendingApproval);

    /// <summary>How a recurring invite series ends.</summary>
    /// <param name="kind"><c>never</c>, <c>until</c> or <c>count</c>.</param>
    /// <param name="at">The end, for <c>until</c>.</param>
    /// <param name="total">The number of occurrences, for <c>count</c>.</param>
    /// <param name="lastWindowTo">The end of the last window, for <c>count</c>.</param>
    public static InviteRecurrenceSeriesEnd InviteRecurrenceSeriesEnd(
        string kind = Models.InviteRecurrenceSeriesEnd.KindNever,
        DateTimeOffset? at = null,
        int? total = null,
        DateTimeOffset? lastWindowTo = null) => new()
        {
            Kind = kind,
            At = at,
            Total = total,
            LastWindowTo = lastWindowTo,
        };
}
