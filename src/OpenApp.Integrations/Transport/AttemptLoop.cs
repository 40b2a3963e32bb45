using OpenApp.Integrations.Diagnostics;

namespace OpenApp.Integrations.Transport;

/// <summary>
/// The one owner of retries and timeouts: sends attempts one after another, each under its own timer (attempt timeout
/// or overall deadline, whichever is first), asks the classifier what each outcome means, and waits between attempts
/// on the client's clock. Ends with the successful attempt, or throws the exception the classifier chose.
/// </summary>
internal static class AttemptLoop
{
    // ValueTask here and in the attempt's steps: an answer that is already there (a handler that completes at once)
    // costs no Task per step.
    public static async ValueTask<AttemptOutcome> RunAsync(CallPlan plan, TransportCore core, CallTelemetry? telemetry, CancellationToken callerToken)
    {
        var callStart = core.Timeouts.StartCall();
        for (var attempt = 1; ; attempt++)
        {
            AttemptOutcome outcome;
            using (var timer = core.Timeouts.StartAttempt(callStart, callerToken))
            {
                outcome = await AttemptSender.SendAsync(plan, core, timer, telemetry, callerToken).ConfigureAwait(false);
            }

            var verdict = OutcomeClassifier.Classify(outcome, plan, attempt, core, core.Timeouts.Remaining(callStart));
            if (verdict.IsSuccess)
            {
                return outcome;
            }

            outcome.Dispose();
            if (verdict.Error is { } error)
            {
                throw error;
            }

            await Task.Delay(verdict.RetryDelay!.Value, core.TimeProvider, callerToken).ConfigureAwait(false);
        }
    }
}
