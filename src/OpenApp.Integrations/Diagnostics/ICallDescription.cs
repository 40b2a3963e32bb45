namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// What telemetry needs to know about a call, and nothing more: the transport's call plan implements it, so the
/// diagnostics never depend on the transport's internals.
/// </summary>
internal interface ICallDescription
{
    /// <summary>The operation, e.g. <c>get_integration</c>.</summary>
    string OperationName { get; }

    /// <summary>The HTTP method.</summary>
    string Method { get; }

    /// <summary>The path template, e.g. <c>/integrations/{id}</c>: safe for metrics (no ids).</summary>
    string PathTemplate { get; }

    /// <summary>The request path without the query (query values may carry search text): for log messages.</summary>
    string Path { get; }

    /// <summary>The organization sent as <c>X-Org</c>, or null.</summary>
    string? OrganizationId { get; }

    /// <summary>The JSON request body, or empty when the call sends none or a non-JSON body.</summary>
    ReadOnlyMemory<byte> RequestJson { get; }

    /// <summary>The request body's media type, or null.</summary>
    string? RequestContentType { get; }
}
