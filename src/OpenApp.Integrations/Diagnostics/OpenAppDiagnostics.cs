namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// Names of the SDK's telemetry, for OpenTelemetry set-up: <c>AddSource(OpenAppDiagnostics.ActivitySourceName)</c>
/// and <c>AddMeter(OpenAppDiagnostics.MeterName)</c>.
/// </summary>
/// <remarks>
/// Each SDK operation is one <see cref="System.Diagnostics.ActivityKind.Client"/> span named after the operation
/// (e.g. <c>list_integrations</c>) with the tags in <see cref="Tags"/>; a retry adds an <c>openapp.retry</c> event
/// to it. The HTTP attempts themselves appear below it as the runtime's own HTTP client spans.
/// </remarks>
public static class OpenAppDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>OpenApp.Integrations</c>.</summary>
    public const string ActivitySourceName = "OpenApp.Integrations";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>OpenApp.Integrations</c>.</summary>
    public const string MeterName = "OpenApp.Integrations";

    /// <summary>
    /// The logger category: <c>OpenApp.Integrations</c>. Event ids are stable; see <see cref="LogEvents"/>.
    /// </summary>
    public const string LoggerCategory = "OpenApp.Integrations";

    /// <summary>
    /// Histogram, seconds: how long one SDK call took from the first attempt until its response was handled
    /// (all attempts and the waits between them).
    /// </summary>
    public const string RequestDurationMetric = "openapp.client.request.duration";

    /// <summary>Counter: attempts made after the first one (retries).</summary>
    public const string RetryCountMetric = "openapp.client.retries";

    /// <summary>The name of the span event recorded before each retry.</summary>
    public const string RetryEventName = "openapp.retry";

    /// <summary>Tag names on the spans and metrics (OpenTelemetry semantic conventions where one exists).</summary>
    public static class Tags
    {
        /// <summary>The SDK operation, the bundle's operationId, e.g. <c>get_integration</c>.</summary>
        public const string Operation = "openapp.operation";

        /// <summary>The HTTP method.</summary>
        public const string HttpMethod = "http.request.method";

        /// <summary>The path template, e.g. <c>/integrations/{id}</c> (never ids or query values).</summary>
        public const string UrlTemplate = "url.template";

        /// <summary>The final HTTP status, when a response arrived.</summary>
        public const string StatusCode = "http.response.status_code";

        /// <summary>The organization sent as <c>X-Org</c> (spans only, not metrics).</summary>
        public const string OrganizationId = "openapp.org_id";

        /// <summary>Why the call failed: the status code for an error response, else the exception type.</summary>
        public const string ErrorType = "error.type";

        /// <summary>The server's <c>error_code</c> of a failed call (spans only).</summary>
        public const string ErrorCode = "openapp.error_code";

        /// <summary>How many attempts the call made (spans), or the number of the attempt (retry events).</summary>
        public const string Attempt = "openapp.attempt";

        /// <summary>The server's host name.</summary>
        public const string ServerAddress = "server.address";

        /// <summary>The server's port.</summary>
        public const string ServerPort = "server.port";
    }

    /// <summary>The stable event ids of the SDK's log messages.</summary>
    public static class LogEvents
    {
        /// <summary>Debug: an attempt is being sent (method, path without query, attempt number).</summary>
        public const int RequestSending = 1001;

        /// <summary>Information: a response arrived (status, duration of the attempt, attempt number).</summary>
        public const int ResponseReceived = 1002;

        /// <summary>Warning: an attempt is being retried (attempt number and what the previous attempt got).</summary>
        public const int Retrying = 1003;

        /// <summary>Warning: the call failed for good (error type, attempts, duration, the exception).</summary>
        public const int RequestFailed = 1004;

        /// <summary>Debug: the request headers, allow-listed and redacted.</summary>
        public const int RequestHeaders = 1005;

        /// <summary>Debug: the response headers, allow-listed and redacted.</summary>
        public const int ResponseHeaders = 1006;

        /// <summary>Debug, only with <see cref="OpenAppLoggingOptions.LogBodies"/>: the request body, redacted and capped.</summary>
        public const int RequestBody = 1007;

        /// <summary>Debug, only with <see cref="OpenAppLoggingOptions.LogBodies"/>: the response body, redacted and capped.</summary>
        public const int ResponseBody = 1008;

        /// <summary>Debug: an attempt got no response (the exception type); it may be retried.</summary>
        public const int AttemptFailed = 1009;
    }
}
