using System.Text.Json.Serialization.Metadata;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// The one place that talks HTTP. It turns a <see cref="RequestSpec"/> into requests with <c>X-Org</c>, credentials,
/// User-Agent and a correlation id, retries what is safe to retry, maps every failure to an SDK exception and decodes
/// the body with a source-generated contract.
/// </summary>
/// <remarks>
/// <para>Public so that any OpenApp route the SDK does not wrap yet can be called with the same organization, auth,
/// retries and errors: <c>await client.Transport.SendAsync(spec, OpenAppJson.TypeInfo&lt;JsonElement&gt;())</c>.</para>
/// <para>One call, in order (each step a type in <c>Transport/</c>): <see cref="CallPlan"/> checks and resolves the
/// spec; <see cref="AttemptLoop"/> runs the attempts; <see cref="AttemptSender"/> sends one (built by
/// <see cref="RequestBuilder"/>, stamped by <see cref="HeaderStamper"/>, read by <see cref="ResponseBodyReader"/>);
/// <see cref="OutcomeClassifier"/> judges it; <see cref="ResponseDecoder"/> decodes the answer.</para>
/// </remarks>
public class OpenAppTransport
{
    private readonly TransportCore? _core;
    private readonly string? _organizationId;

    /// <summary>For mocking only: a transport that sends nothing; its members must be overridden.</summary>
    protected OpenAppTransport()
    {
    }

    internal OpenAppTransport(TransportCore core, string? organizationId)
    {
        _core = core;
        if (organizationId is not null)
        {
            HeaderValueGuard.ThrowIfInvalid(organizationId, nameof(organizationId));
        }

        _organizationId = organizationId;
    }

    /// <summary>The API root every path is relative to, e.g. <c>https://openapp.house/api/v1</c>.</summary>
    public virtual Uri ApiRoot => Core.ApiRoot;

    /// <summary>The organization sent as <c>X-Org</c> when a call does not name its own.</summary>
    public virtual string? OrganizationId => _organizationId;

    internal TransportCore Core =>
        _core ?? throw new InvalidOperationException("This transport was created for mocking and cannot send requests.");

    /// <summary>A transport sharing this one's connection, credential and policies, for another organization.</summary>
    /// <param name="organizationId">The organization id (ULID).</param>
    /// <exception cref="ArgumentException">The id is blank or not printable ASCII.</exception>
    public virtual OpenAppTransport WithOrganization(string organizationId)
    {
        HeaderValueGuard.ThrowIfInvalid(organizationId, nameof(organizationId));
        return new OpenAppTransport(Core, organizationId);
    }

    /// <summary>Sends the call and decodes the response body.</summary>
    /// <typeparam name="T">The body's model.</typeparam>
    /// <param name="spec">The call.</param>
    /// <param name="responseType">The body's JSON contract, e.g. <c>OpenAppJson.TypeInfo&lt;JsonElement&gt;()</c>.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The decoded body with the response; <see cref="OpenAppResponse{T}.HasValue"/> is false when the server
    /// answered a 2xx without a body (e.g. 204).</returns>
    /// <exception cref="OpenAppApiException">The server answered with a status that is not 2xx.</exception>
    /// <exception cref="OpenAppTransportException">No usable response: network, timeout, a body too large or broken, a
    /// redirect to another origin.</exception>
    /// <exception cref="OpenAppSerializationException">The 2xx body could not be decoded.</exception>
    /// <exception cref="OpenAppOrganizationRequiredException">The route needs an organization and none is set.</exception>
    public virtual async Task<OpenAppResponse<T>> SendAsync<T>(
        RequestSpec spec,
        JsonTypeInfo<T> responseType,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        var core = Core;
        var plan = CallPlan.Create(spec, _organizationId, core.ApiRootText);
        using var telemetry = core.Diagnostics.StartCall(plan);
        try
        {
            using var outcome = await AttemptLoop.RunAsync(plan, core, telemetry, cancellationToken).ConfigureAwait(false);
            return ResponseDecoder.Decode(outcome, responseType, plan, core.Scrubber, cancellationToken);
        }
        catch (Exception ex)
        {
            var error = Documented(ex, plan, cancellationToken);
            telemetry?.CallFailed(error);
            if (ReferenceEquals(error, ex))
            {
                throw;
            }

            throw error;
        }
    }

    /// <summary>Sends a call whose response body is not needed (e.g. a 204 or a delete).</summary>
    /// <param name="spec">The call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status and headers.</returns>
    /// <exception cref="OpenAppApiException">The server answered with a status that is not 2xx.</exception>
    /// <exception cref="OpenAppTransportException">No usable response arrived.</exception>
    /// <exception cref="OpenAppOrganizationRequiredException">The route needs an organization and none is set.</exception>
    public virtual async Task<OpenAppResponse> SendAsync(RequestSpec spec, CancellationToken cancellationToken = default)
    {
        var core = Core;
        var plan = CallPlan.Create(spec, _organizationId, core.ApiRootText);
        using var telemetry = core.Diagnostics.StartCall(plan);
        try
        {
            using var outcome = await AttemptLoop.RunAsync(plan, core, telemetry, cancellationToken).ConfigureAwait(false);
            return new OpenAppResponse(outcome.Response!, plan.CorrelationId);
        }
        catch (Exception ex)
        {
            var error = Documented(ex, plan, cancellationToken);
            telemetry?.CallFailed(error);
            if (ReferenceEquals(error, ex))
            {
                throw;
            }

            throw error;
        }
    }

    /// <summary>Downloads a file from a URL that is not the API (no OpenApp credentials go there).</summary>
    internal Task<(byte[] Data, string? ContentType)> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken) =>
        UrlDownloader.ReadAllAsync(Core, url, maxBytes, cancellationToken);

    /// <summary>Opens a file at a URL that is not the API (an image the API links to) as a stream; no OpenApp credentials go there.</summary>
    internal Task<OpenAppDownload> OpenDownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken) =>
        UrlDownloader.OpenAsync(Core, url, maxBytes, cancellationToken);

    /// <summary>Describes the transport without secrets.</summary>
    public override string ToString() =>
        _core is null ? "OpenAppTransport(mock)" : $"OpenAppTransport({ApiRoot}, org={_organizationId ?? "(none)"})";

    // The last resort: the SDK's own exceptions, the caller's cancellation and bad input pass; anything else a step did
    // not foresee still reaches the caller as an OpenAppTransportException with the cause inside.
    private Exception Documented(Exception exception, CallPlan plan, CancellationToken cancellationToken) => exception switch
    {
        OpenAppException or ArgumentException => exception,
        OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
        _ => TransportFailures.Unexpected(exception, plan, Core.Scrubber),
    };
}
