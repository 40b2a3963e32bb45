using OpenApp.Integrations.Resilience;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// How one attempt ended: a response with its body read (any status), or no usable response and why. The attempt
/// loop hands it to the classifier, which decides whether the call succeeds, retries or fails.
/// </summary>
internal sealed class AttemptOutcome : IDisposable
{
    private AttemptOutcome(HttpResponseMessage? response, ResponseBody body, AttemptFailure failureKind, string? failure, Exception? cause)
    {
        Response = response;
        Body = body;
        FailureKind = failureKind;
        Failure = failure;
        Cause = cause;
    }

    /// <summary>The response (status and headers; its body has been read into <see cref="Body"/>), or null.</summary>
    public HttpResponseMessage? Response { get; }

    /// <summary>The body as read: the whole success body, or the first bytes of an error body.</summary>
    public ResponseBody Body { get; }

    /// <summary>The HTTP status, or 0 when no usable response arrived.</summary>
    public int Status => Response is null ? 0 : (int)Response.StatusCode;

    /// <summary>Whether the server answered with a 2xx status: any 2xx is a success.</summary>
    public bool IsSuccess => Status is >= 200 and <= 299;

    /// <summary>For an attempt without a usable response: whether another attempt could help.</summary>
    public AttemptFailure FailureKind { get; }

    /// <summary>For an attempt without a usable response: what happened, as the end of a sentence ("timed out").</summary>
    public string? Failure { get; }

    /// <summary>The exception behind <see cref="Failure"/>, if any.</summary>
    public Exception? Cause { get; }

    /// <summary>For a body past the size limit: the limit and the declared length.</summary>
    public (long Limit, long? DeclaredLength)? TooLarge { get; private init; }

    /// <summary>A response arrived and its body was read.</summary>
    public static AttemptOutcome Answered(HttpResponseMessage response, ResponseBody body) =>
        new(response, body, AttemptFailure.Final, null, null);

    /// <summary>No usable response: <paramref name="what"/> says what happened, <paramref name="cause"/> why.</summary>
    public static AttemptOutcome Failed(AttemptFailure kind, string what, Exception? cause) =>
        new(null, ResponseBody.Empty, kind, what, cause);

    /// <summary>The body was larger than the limit; never retried.</summary>
    public static AttemptOutcome BodyTooLarge(long limit, long? declaredLength) =>
        new(null, ResponseBody.Empty, AttemptFailure.Final, "got a response body larger than the limit", null)
        {
            TooLarge = (limit, declaredLength),
        };

    /// <summary>Releases the response and the body's buffer.</summary>
    public void Dispose()
    {
        Response?.Dispose();
        Body.Release();
    }
}
