using OpenApp.Integrations.Diagnostics;
using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Resilience;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// Sends one attempt and reads its whole response, body included, under the attempt's timer: a slow body counts
/// against the attempt timeout, and a body that breaks off is a failed attempt like a refused connection. Whatever
/// the network, the handler or a content stream throws comes back as a failed <see cref="AttemptOutcome"/>; only
/// the caller's own cancellation and bad input propagate.
/// </summary>
internal static class AttemptSender
{
    public static async ValueTask<AttemptOutcome> SendAsync(
        CallPlan plan,
        TransportCore core,
        AttemptTimer timer,
        CallTelemetry? telemetry,
        CancellationToken callerToken)
    {
        if (timer.HasExpired)
        {
            // The overall deadline passed during the wait before this attempt: it fails without a request.
            return AttemptOutcome.Failed(AttemptFailure.Final, "timed out", timer.Timeout(null));
        }

        var token = timer.Token;
        HttpResponseMessage? response = null;
        long started = 0;
        try
        {
            using var request = RequestBuilder.Build(plan);
            await HeaderStamper.StampAsync(request, plan, core, token).ConfigureAwait(false);
            started = telemetry?.AttemptStarting(request) ?? 0;
            response = await core.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);

            // A caller's HttpClient may follow redirects: an answer from another origin was never meant for us (and
            // its body may be anything), so it is not returned.
            if (response.RequestMessage?.RequestUri is { } final && !SameOrigin(final, plan.Uri))
            {
                var origin = final.GetLeftPart(UriPartial.Authority);
                response.Dispose();
                response = null;
                var failure = AttemptOutcome.Failed(
                    AttemptFailure.Final,
                    $"was redirected to another origin ({origin}); the SDK does not accept answers from another origin " +
                    "(give it an HttpClient whose handler has AllowAutoRedirect = false)",
                    null);
                telemetry?.AttemptFailed(new HttpRequestException("Redirected to another origin."), started);
                return failure;
            }

            var isSuccess = (int)response.StatusCode is >= 200 and <= 299;
            var read = await ResponseBodyReader.ReadAsync(
                response.Content,
                isSuccess ? core.MaxResponseBodyBytes : ErrorBodyParser.MaxErrorBodyBytes,
                isCapOnly: !isSuccess,
                token).ConfigureAwait(false);
            if (read.TooLarge)
            {
                telemetry?.AttemptAnswered(response, default, started);
                response.Dispose();
                return AttemptOutcome.BodyTooLarge(core.MaxResponseBodyBytes, read.DeclaredLength);
            }

            telemetry?.AttemptAnswered(response, read.Body.Span, started);
            return AttemptOutcome.Answered(response, read.Body);
        }
        catch (OperationCanceledException) when (callerToken.IsCancellationRequested)
        {
            // The caller's own cancellation is never wrapped.
            response?.Dispose();
            throw;
        }
        catch (ArgumentException)
        {
            // Bad input that only shows now (e.g. a token provider's token with a line break): not a network problem.
            response?.Dispose();
            throw;
        }
        catch (Exception ex)
        {
            var arrived = response is not null;
            response?.Dispose();
            var outcome = Failure(ex, timer, arrived);
            telemetry?.AttemptFailed(outcome.Cause ?? ex, started);
            return outcome;
        }
    }

    // Every way an attempt can go wrong, named for the exception message and judged for the retry policy.
    private static AttemptOutcome Failure(Exception ex, AttemptTimer timer, bool responseArrived)
    {
        if (timer.HasFired)
        {
            // An attempt cut short by the overall deadline is not tried again: there is no time left for it.
            return AttemptOutcome.Failed(timer.IsDeadline ? AttemptFailure.Final : AttemptFailure.AttemptTimeout, "timed out", timer.Timeout(ex));
        }

        return ex switch
        {
            OperationCanceledException => AttemptOutcome.Failed(AttemptFailure.AttemptTimeout, "timed out", ex),
            InvalidDataException or InvalidOperationException when responseArrived =>
                AttemptOutcome.Failed(AttemptFailure.Final, "got a response body that could not be decoded as its Content-Encoding says", ex),
            HttpRequestException or IOException when responseArrived =>
                AttemptOutcome.Failed(AttemptFailure.NoResponse, "lost the connection while reading the response", ex),
            HttpRequestException or IOException =>
                AttemptOutcome.Failed(AttemptFailure.NoResponse, "could not reach the server", ex),
            _ => AttemptOutcome.Failed(AttemptFailure.Final, "failed", ex),
        };
    }

    // The handler keeps the request's own Uri unless it followed a redirect: that case needs no comparison.
    private static bool SameOrigin(Uri a, Uri b) =>
        ReferenceEquals(a, b) ||
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        a.Port == b.Port;
}
