using OpenApp.Integrations.Diagnostics;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// One call, checked and resolved before anything is sent: the request URI, the organization, the correlation id and
/// idempotency key every attempt carries. The first step of a call (see CONTRIBUTING.md).
/// </summary>
internal sealed class CallPlan : ICallDescription
{
#if NET
    // RequestSpec escapes every path value as one segment; the default Uri parsing would un-escape some of it again.
    // The text is already escaped: keep it as is.
    private static readonly UriCreationOptions s_keepEscapedPath = new() { DangerousDisablePathAndQueryCanonicalization = true };
#endif

    private readonly string _uriText;
    private readonly int _pathEnd;
    private Uri? _safeUri;
    private string? _path;

    private CallPlan(RequestSpec spec, string uriText, int pathEnd, string? organizationId, string correlationId)
    {
        Spec = spec;
        _uriText = uriText;
        _pathEnd = pathEnd;
#if NET
        Uri = new Uri(uriText, in s_keepEscapedPath);
#else
        // netstandard2.0 has no UriCreationOptions. Safety does not rest on it: "." and ".." values are rejected and
        // every other value is escaped as one segment, which .NET Framework 4.5+ and .NET keep escaped.
        Uri = new Uri(uriText, UriKind.Absolute);
#endif
        OrganizationId = organizationId;
        CorrelationId = correlationId;
    }

    public RequestSpec Spec { get; }

    /// <summary>The request URI: API root, escaped path, query.</summary>
    public Uri Uri { get; }

    /// <summary>The <c>X-Org</c> to send, or null for routes that take none.</summary>
    public string? OrganizationId { get; }

    /// <summary>The <c>X-Correlation-Id</c> of every attempt.</summary>
    public string CorrelationId { get; }

    /// <summary>Whether repeating the request cannot apply a write twice.</summary>
    public bool IsIdempotent => Spec.IsIdempotent;

    /// <summary>The URI without its query (query values may carry search text): what exceptions report.</summary>
    public Uri SafeUri => _safeUri ??= new Uri(_uriText[.._pathEnd], UriKind.Absolute);

    /// <inheritdoc />
    public string OperationName => Spec.OperationName;

    /// <inheritdoc />
    public string Method => Spec.Method.Method;

    /// <inheritdoc />
    public string PathTemplate => Spec.PathTemplate;

    /// <inheritdoc />
    public string Path => _path ??= SafeUri.AbsolutePath;

    /// <inheritdoc />
    public ReadOnlyMemory<byte> RequestJson => Spec.Body?.JsonBytes ?? ReadOnlyMemory<byte>.Empty;

    /// <inheritdoc />
    public string? RequestContentType => Spec.Body?.ContentType;

    /// <summary>Checks and resolves <paramref name="spec"/> for a transport whose organization is <paramref name="transportOrganization"/>.</summary>
    /// <exception cref="OpenAppOrganizationRequiredException">The route needs <c>X-Org</c> and no organization is set.</exception>
    /// <exception cref="InvalidOperationException">A path placeholder is not bound.</exception>
    public static CallPlan Create(RequestSpec spec, string? transportOrganization, string apiRootText)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string? organization = null;
        if (spec.RequiresOrganization)
        {
            organization = spec.OrganizationId ?? transportOrganization ?? throw new OpenAppOrganizationRequiredException(spec.OperationName);
        }

        var text = spec.BuildUri(apiRootText, out var pathEnd);
        return new CallPlan(spec, text, pathEnd, organization, spec.CorrelationId ?? CorrelationIds.New());
    }
}
