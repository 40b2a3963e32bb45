using System.Net.Http.Headers;

namespace OpenApp.Integrations;

/// <summary>
/// What the server answered to one call: the status and headers (with correlation and request ids). Operations
/// without a body return this; the others return <see cref="OpenAppResponse{T}"/>.
/// </summary>
public class OpenAppResponse
{
    private readonly HttpResponseHeaders? _responseHeaders;
    private readonly HttpContentHeaders? _contentHeaders;
    private readonly string? _sentCorrelationId;
    private IReadOnlyDictionary<string, string>? _headers;

    /// <summary>Creates a response from plain values: for tests and mocks.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers (names are matched case-insensitively).</param>
    public OpenAppResponse(int status, IReadOnlyDictionary<string, string>? headers = null)
    {
        Status = status;
        _headers = headers is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
#if NET
            : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
#else
            // netstandard2.0's Dictionary cannot be built from a sequence of pairs; ToDictionary adds them the same way.
            : headers.ToDictionary(header => header.Key, header => header.Value, StringComparer.OrdinalIgnoreCase);
#endif
    }

    /// <summary>Creates a response from an HTTP response whose headers it keeps (not its content).</summary>
    /// <param name="response">The HTTP response.</param>
    /// <param name="sentCorrelationId">The correlation id the request carried.</param>
    internal OpenAppResponse(HttpResponseMessage response, string? sentCorrelationId)
    {
        Status = (int)response.StatusCode;
        _responseHeaders = response.Headers;
        _contentHeaders = response.Content.Headers;
        _sentCorrelationId = sentCorrelationId;
    }

    /// <summary>Copies the metadata of another response.</summary>
    /// <param name="other">The response whose status and headers to share.</param>
    protected OpenAppResponse(OpenAppResponse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Status = other.Status;
        _responseHeaders = other._responseHeaders;
        _contentHeaders = other._contentHeaders;
        _sentCorrelationId = other._sentCorrelationId;
        _headers = other._headers;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The response headers, names case-insensitive, repeated values joined by a comma.</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers ??= Flatten();

    /// <summary>The <c>X-Request-Id</c> the server or gateway returned, if any.</summary>
    public string? RequestId => Headers.TryGetValue("X-Request-Id", out var id) ? id : null;

    /// <summary>The <c>X-Correlation-Id</c> the server echoed, else the one the SDK sent.</summary>
    public string? CorrelationId => Headers.TryGetValue("X-Correlation-Id", out var id) ? id : _sentCorrelationId;

    private Dictionary<string, string> Flatten()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (_responseHeaders is not null)
        {
            foreach (var (name, values) in _responseHeaders)
            {
                headers[name] = string.Join(", ", values);
            }
        }

        if (_contentHeaders is not null)
        {
            foreach (var (name, values) in _contentHeaders)
            {
                // The body is decoded and gone: its length says nothing to the caller (and was never listed).
                if (!string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    headers[name] = string.Join(", ", values);
                }
            }
        }

        return headers;
    }

    /// <summary>The status, e.g. <c>OpenAppResponse(200)</c>.</summary>
    public override string ToString() => "OpenAppResponse(" + Status + ")";
}

/// <summary>
/// A decoded response body together with the response it came in. Converts implicitly to the body. When the server
/// answered a 2xx without a body (a 204, an empty 200), <see cref="HasValue"/> is false and <see cref="Value"/> throws.
/// </summary>
/// <typeparam name="T">The body's model.</typeparam>
public class OpenAppResponse<T> : OpenAppResponse
{
    private readonly T _value;

    /// <summary>Creates a response from plain values: for tests and mocks.</summary>
    /// <param name="value">The body.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers.</param>
    public OpenAppResponse(T value, int status = 200, IReadOnlyDictionary<string, string>? headers = null)
        : base(status, headers)
    {
        _value = value;
        HasValue = true;
    }

    internal OpenAppResponse(T value, HttpResponseMessage response, string? sentCorrelationId)
        : base(response, sentCorrelationId)
    {
        _value = value;
        HasValue = true;
    }

    private OpenAppResponse(HttpResponseMessage response, string? sentCorrelationId)
        : base(response, sentCorrelationId)
    {
        _value = default!;
    }

    private OpenAppResponse(OpenAppResponse metadata)
        : base(metadata)
    {
        _value = default!;
    }

    private OpenAppResponse(T value, OpenAppResponse metadata)
        : base(metadata)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>
    /// Whether the server sent a body. False when it answered a 2xx without one (e.g. 204 where the operation usually
    /// returns a body); the call still succeeded.
    /// </summary>
    public bool HasValue { get; }

    /// <summary>The decoded body.</summary>
    /// <exception cref="InvalidOperationException">The server sent no body (<see cref="HasValue"/> is false).</exception>
    public T Value => HasValue
        ? _value
        : throw new InvalidOperationException(
            $"The server answered {Status} without a body, so there is no {typeof(T).Name}; check HasValue before reading Value.");

    /// <summary>The body of <paramref name="response"/>.</summary>
    /// <param name="response">The response.</param>
    /// <exception cref="InvalidOperationException">The server sent no body.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Value is the named alternate.")]
    public static implicit operator T(OpenAppResponse<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Value;
    }

    /// <summary>A response without a body, from plain values: for tests and mocks of a 204.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">Response headers.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Reads naturally at the call site.")]
    public static OpenAppResponse<T> WithoutValue(int status = 204, IReadOnlyDictionary<string, string>? headers = null) =>
        new(new OpenAppResponse(status, headers));

    /// <summary>The same response metadata around another value (e.g. the items of a list wrapper).</summary>
    /// <typeparam name="TOther">The new value's type.</typeparam>
    /// <param name="value">The new value.</param>
    public OpenAppResponse<TOther> WithValue<TOther>(TOther value) => new(value, this);

    /// <summary>
    /// The same response with its value mapped by <paramref name="map"/>; a response without a value stays one.
    /// </summary>
    internal OpenAppResponse<TOther> Map<TOther>(Func<T, TOther> map) =>
        HasValue ? new OpenAppResponse<TOther>(map(_value), this) : new OpenAppResponse<TOther>((OpenAppResponse)this);

    /// <summary>A 2xx response that came without a body.</summary>
    internal static OpenAppResponse<T> WithoutValue(HttpResponseMessage response, string? sentCorrelationId) =>
        new(response, sentCorrelationId);
}
