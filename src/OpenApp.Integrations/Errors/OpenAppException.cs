namespace OpenApp.Integrations;

/// <summary>The base of every exception the SDK raises for a failed call (bad input raises ArgumentException instead).</summary>
public class OpenAppException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OpenAppException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OpenAppException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a default message.</summary>
    public OpenAppException()
        : base("An OpenApp call failed.")
    {
    }

    /// <summary>The HTTP status of the response, or 0 when no response arrived.</summary>
    public virtual int Status => 0;

    /// <summary>The SDK operation (the bundle's operationId, e.g. <c>get_integration</c>), when known.</summary>
    public string? OperationName { get; init; }

    /// <summary>The HTTP method of the request, when known.</summary>
    public string? Method { get; init; }

    /// <summary>The request URI without its query string (query values may carry search text), when known.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>The correlation id sent with the request (the same on every attempt), when known.</summary>
    public string? CorrelationId { get; init; }
}
