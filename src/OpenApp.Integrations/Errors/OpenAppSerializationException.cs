namespace OpenApp.Integrations;

/// <summary>
/// The response arrived but its body could not be decoded into the expected model (truncated or malformed JSON,
/// HTML from a gateway, an empty body where one is required, a wrong shape).
/// </summary>
public class OpenAppSerializationException : OpenAppException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be decoded.</param>
    /// <param name="status">The HTTP status of the response.</param>
    /// <param name="bodyExcerpt">The start of the body, capped.</param>
    /// <param name="innerException">The decoder's error.</param>
    public OpenAppSerializationException(string message, int status, string? bodyExcerpt, Exception? innerException)
        : base(message, innerException)
    {
        ResponseStatus = status;
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The HTTP status of the response that could not be decoded.</summary>
    public int ResponseStatus { get; }

    /// <inheritdoc />
    public override int Status => ResponseStatus;

    /// <summary>The start of the body, capped at <see cref="OpenAppApiException.MaxRawBodyLength"/> characters.</summary>
    public string? BodyExcerpt { get; }
}
