namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Offset paging as the server does it: <c>limit</c> defaults to <see cref="FakeOpenAppServerOptions.DefaultPageSize"/>
/// and is capped at <see cref="FakeOpenAppServerOptions.MaxPageSize"/> even when more is asked for, so clients must
/// advance by the items they actually received.
/// </summary>
internal static class Paging
{
    public static (IReadOnlyList<T> Items, long Total) Slice<T>(IReadOnlyList<T> all, FakeRequest request, FakeOpenAppServerOptions options)
    {
        var limit = request.Integer("limit") ?? options.DefaultPageSize;
        limit = Math.Min(limit, options.MaxPageSize);
        var offset = request.Integer("offset") ?? 0;
        var items = offset >= all.Count ? Array.Empty<T>() : all.Skip((int)offset).Take((int)limit).ToArray();
        return (items, all.Count);
    }
}
