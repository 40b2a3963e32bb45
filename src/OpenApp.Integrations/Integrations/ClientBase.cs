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

    private protected static RequestSpec Spec(HttpMethod method, string pathTemplate, string operationName, OpenAppRequestOptions? requestOptions) =>
        new RequestSpec(method, pathTemplate, operationName).Apply(requestOptions);

    /// <summary>A decoded list as the read-only list the clients return (no copy when it already is one).</summary>
    private protected static IReadOnlyList<T> ReadOnly<T>(IList<T>? items) =>
        items as IReadOnlyList<T> ?? (items is null ? Array.Empty<T>() : items.ToList());

    private protected static RequestSpec WithRead(RequestSpec spec, ReadOptions? options)
    {
        ReadOptions.AddTo(options, spec);
        return spec;
    }
}
