namespace OpenApp.Integrations;

/// <summary>
/// A response body was larger than <see cref="OpenAppClientOptions.MaxResponseBodyBytes"/> (counted after
/// decompression), or declared a larger <c>Content-Length</c>. The body was not read past the limit and the call is not
/// retried. Raise the limit only if such a body is expected.
/// </summary>
public class OpenAppResponseTooLargeException : OpenAppTransportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was too large and how to raise the limit.</param>
    /// <param name="limit">The limit in bytes.</param>
    /// <param name="declaredLength">The <c>Content-Length</c> the response declared, if any.</param>
    public OpenAppResponseTooLargeException(string message, long limit, long? declaredLength)
        : base(message, null)
    {
        Limit = limit;
        DeclaredLength = declaredLength;
    }

    /// <summary>The limit in bytes that the body exceeded.</summary>
    public long Limit { get; }

    /// <summary>The <c>Content-Length</c> the response declared, or null when it declared none.</summary>
    public long? DeclaredLength { get; }
}
