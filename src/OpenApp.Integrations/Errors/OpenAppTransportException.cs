namespace OpenApp.Integrations;

/// <summary>
/// No response arrived: the connection was refused or reset, DNS or TLS failed, or the attempt timed out.
/// <see cref="OpenAppException.Status"/> is 0 and the cause is the inner exception.
/// </summary>
public class OpenAppTransportException : OpenAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public OpenAppTransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
