using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>What every area client shares: the transport and the helpers that build specs from options.</summary>
public abstract class ClientBase
{
    private readonly OpenAppTransport? _transport;

    /// <summary>For mocking: a client without a transport, whose members must be overridden.</summary>
    protected ClientBase()
    {
    }

    /// <summary>Creates a client over a transport.</summary>
    /// <param name="transport">The transport every call goes through.</param>
    private protected ClientBase(OpenAppTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>The transport every call goes through.</summary>
    protected OpenAppTransport Transport =>
        _transport ?? throw new InvalidOperationException("This client was created for mocking and has no transport.");

    /// <summary>A spec for a contract operation: its route facts come from the generated table, never typed by hand.</summary>
    private protected static RequestSpec Spec(OperationInfo operation, OpenAppRequestOptions? requestOptions) =>
        new RequestSpec(operation).Apply(requestOptions);

    /// <summary>A decoded list as the read-only list the clients return (no copy when it already is one).</summary>
    private protected static IReadOnlyList<T> ReadOnly<T>(IList<T>? items) =>
        items as IReadOnlyList<T> ?? (items is null ? Array.Empty<T>() : items.ToList());

    /// <summary>A copy of list options at another offset: what a page-by-page walk asks each page with.</summary>
    private protected static T CopyAt<T>(T options, int offset)
        where T : ListOptions => (T)options.At(offset);

    /// <summary>A decoded <c>{items, total}</c> page as the <see cref="Page{T}"/> the clients return.</summary>
    private protected static Page<T> ToPage<T>(IList<T>? items, long total, ListOptions page) =>
        new(ReadOnly(items), total, page.Offset, page.Limit);

    private protected static RequestSpec WithRead(RequestSpec spec, ReadOptions? options)
    {
        ReadOptions.AddTo(options, spec);
        return spec;
    }
}
