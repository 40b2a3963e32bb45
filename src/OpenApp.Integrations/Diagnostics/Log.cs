using Microsoft.Extensions.Logging;

namespace OpenApp.Integrations.Diagnostics;

/// <summary>
/// The SDK's log messages, source-generated (no boxing or formatting when the level is off). Event ids are public in
/// <see cref="OpenAppDiagnostics.LogEvents"/> and never change meaning. No message takes a query string, a credential
/// or an unredacted body.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.RequestSending,
        EventName = "RequestSending",
        Level = LogLevel.Debug,
        Message = "OpenApp {Operation}: sending {Method} {Path} (attempt {Attempt})")]
    public static partial void RequestSending(ILogger logger, string operation, string method, string path, int attempt);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.ResponseReceived,
        EventName = "ResponseReceived",
        Level = LogLevel.Information,
        Message = "OpenApp {Operation}: {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms (attempt {Attempt})")]
    public static partial void ResponseReceived(
        ILogger logger, string operation, string method, string path, int statusCode, double elapsedMilliseconds, int attempt);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.Retrying,
        EventName = "Retrying",
        Level = LogLevel.Warning,
        Message = "OpenApp {Operation}: retrying {Method} {Path}, attempt {Attempt}, after {PreviousOutcome}")]
    public static partial void Retrying(ILogger logger, string operation, string method, string path, int attempt, string previousOutcome);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.RequestFailed,
        EventName = "RequestFailed",
        Level = LogLevel.Warning,
        Message = "OpenApp {Operation}: {Method} {Path} failed ({ErrorType}) after {Attempts} attempt(s) in {ElapsedMilliseconds} ms")]
    public static partial void RequestFailed(
        ILogger logger, string operation, string method, string path, string errorType, int attempts, double elapsedMilliseconds, Exception exception);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.RequestHeaders,
        EventName = "RequestHeaders",
        Level = LogLevel.Debug,
        Message = "OpenApp {Operation}: request headers {Headers}")]
    public static partial void RequestHeaders(ILogger logger, string operation, string headers);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.ResponseHeaders,
        EventName = "ResponseHeaders",
        Level = LogLevel.Debug,
        Message = "OpenApp {Operation}: response headers {Headers}")]
    public static partial void ResponseHeaders(ILogger logger, string operation, string headers);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.RequestBody,
        EventName = "RequestBody",
        Level = LogLevel.Debug,
        Message = "OpenApp {Operation}: request body {Body}")]
    public static partial void RequestBody(ILogger logger, string operation, string body);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.ResponseBody,
        EventName = "ResponseBody",
        Level = LogLevel.Debug,
        Message = "OpenApp {Operation}: response body {Body}")]
    public static partial void ResponseBody(ILogger logger, string operation, string body);

    [LoggerMessage(
        EventId = OpenAppDiagnostics.LogEvents.AttemptFailed,
        EventName = "AttemptFailed",
        Level = LogLevel.Debug,
        Message = "OpenApp {Operation}: {Method} {Path} got no response ({ErrorType}) in {ElapsedMilliseconds} ms (attempt {Attempt})")]
    public static partial void AttemptFailed(
        ILogger logger, string operation, string method, string path, string errorType, double elapsedMilliseconds, int attempt);
}
