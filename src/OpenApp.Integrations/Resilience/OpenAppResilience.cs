using System.Net;
using Polly;

namespace OpenApp.Integrations.Resilience;

/// <summary>Builds the resilience pipeline every attempt of every call runs through.</summary>
internal static class OpenAppResilience
{
    /// <summary>Set on the context of each call: whether a retry could duplicate a write.</summary>
    public static readonly ResiliencePropertyKey<bool> IsIdempotent = new("OpenApp.IsIdempotent");

    /// <summary>The pipeline for <paramref name="options"/>.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(OpenAppClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ResiliencePipeline<HttpResponseMessage>.Empty;
    }

    /// <summary>Whether <paramref name="status"/> is worth another attempt.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
