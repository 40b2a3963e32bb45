using System.Buffers;
using OpenApp.Integrations.Diagnostics;
using Polly;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// One call on its way through the transport: the request URI, organization and correlation id, fixed before the
/// first attempt, and the call's telemetry. A single object per call, handed to the resilience pipeline as its state,
/// so the attempts need nothing else.
/// </summary>
internal sealed class PreparedCall
{
    private readonly string _uriText;
    private readonly int _pathEnd;
    private Uri? _safeUri;
    private string? _path;
    private byte[]? _body;
    private Outcome<HttpResponseMessage>? _replay;
    private int _bodyLength;

    /// <param name="transport">The transport that sends the attempts.</param>
    /// <param name="spec">The call.</param>
    /// <param name="uriText">The request URI's text: API root, escaped path, query.</param>
    /// <param name="pathEnd">Where the query starts in <paramref name="uriText"/> (its length when there is none).</param>
    /// <param name="uri">The request URI, parsed from <paramref name="uriText"/>.</param>
    /// <param name="organizationId">The <c>X-Org</c> to send, or null.</param>
    /// <param name="correlationId">The <c>X-Correlation-Id</c> every attempt sends.</param>
    /// <param name="callerToken">The caller's token (told apart from the pipeline's timeouts).</param>
    public PreparedCall(
        OpenAppTransport transport,
        RequestSpec spec,
        string uriText,
        int pathEnd,
        Uri uri,
        string? organizationId,
        string? correlationId,
        CancellationToken callerToken)
    {
        Transport = transport;
        Spec = spec;
        _uriText = uriText;
        _pathEnd = pathEnd;
        Uri = uri;
        OrganizationId = organizationId;
        CorrelationId = correlationId;
        CallerToken = callerToken;
    }

    private PreparedCall(RequestSpec spec, Uri safeUri, string? organizationId, string? correlationId)
    {
        Transport = null!;
        Spec = spec;
        _uriText = safeUri.OriginalString;
        _pathEnd = _uriText.Length;
        _safeUri = safeUri;
        Uri = safeUri;
        OrganizationId = organizationId;
        CorrelationId = correlationId;
    }

    public OpenAppTransport Transport { get; }

    public RequestSpec Spec { get; }

    /// <summary>The URI requested (path escaped as is, query included).</summary>
    public Uri Uri { get; }

    public string? OrganizationId { get; }

    public string? CorrelationId { get; }

    public CancellationToken CallerToken { get; }

    /// <summary>
    /// The URI without the query, as a plain <see cref="System.Uri"/>: reported in exceptions and compared by callers.
    /// Made on first use (only failures and logs need it).
    /// </summary>
    public Uri SafeUri => _safeUri ??= new Uri(_uriText[.._pathEnd], UriKind.Absolute);

    /// <summary>The path of <see cref="SafeUri"/>, for log messages.</summary>
    public string Path => _path ??= SafeUri.AbsolutePath;

    /// <summary>Where the call's overall deadline counts from (a timestamp of the client's clock; see <c>CallTimeouts</c>).</summary>
    public long CallStart { get; set; }

    /// <summary>Whether an attempt was cut short by the overall deadline: no further attempt is made.</summary>
    public bool DeadlinePassed { get; set; }

    /// <summary>The call's telemetry when anyone listens, else null; the attempts report to it.</summary>
    public OperationScope? Diagnostics { get; set; }

    /// <summary>The success body read by the last attempt (empty when none); valid until <see cref="ReturnBody"/>.</summary>
    public ReadOnlyMemory<byte> Body => _body is { } body ? body.AsMemory(0, _bodyLength) : ReadOnlyMemory<byte>.Empty;

    /// <summary>Keeps a success body read into a pooled array (an earlier attempt's goes back to the pool).</summary>
    public void SetBody(byte[] rented, int length)
    {
        ReturnBody();
        _bodyLength = length;
        _body = rented;
    }

    /// <summary>Gives the body's array back to the pool, once decoded (or when the call failed).</summary>
    public void ReturnBody()
    {
        if (Interlocked.Exchange(ref _body, null) is { } body)
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>Keeps the outcome of the attempt made before the retry pipeline, for the pipeline's first attempt.</summary>
    public void Replay(Outcome<HttpResponseMessage> outcome) => _replay = outcome;

    /// <summary>Takes the outcome kept by <see cref="Replay"/> (once); false when there is none left.</summary>
    public bool TryTakeReplay(out Outcome<HttpResponseMessage> outcome)
    {
        if (_replay is { } kept)
        {
            _replay = null;
            outcome = kept;
            return true;
        }

        outcome = default;
        return false;
    }

    /// <summary>A call known only by its description (no transport): for decoding a response on its own, and tests.</summary>
    public static PreparedCall Describing(RequestSpec spec, Uri safeUri, string? organizationId, string? correlationId) =>
        new(spec, safeUri, organizationId, correlationId);
}
