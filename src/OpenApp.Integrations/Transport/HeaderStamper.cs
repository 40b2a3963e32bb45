namespace OpenApp.Integrations.Transport;

/// <summary>
/// Puts the SDK's headers and the credential on the request of one attempt. The only place that sets request headers:
/// <c>Accept</c>, <c>User-Agent</c>, <c>X-Correlation-Id</c>, <c>X-Org</c> where the route needs it,
/// <c>Idempotency-Key</c>, <c>X-OpenApp-Confirm</c>, the caller's extra headers, then the credential's. Every value was
/// checked when it entered the spec (printable ASCII only).
/// </summary>
internal static class HeaderStamper
{
    public static async ValueTask StampAsync(HttpRequestMessage request, CallPlan plan, TransportCore core, CancellationToken cancellationToken)
    {
        var spec = plan.Spec;
        var headers = request.Headers;

        // Raw values: the same bytes on the wire as the typed collections, without parsing them on every attempt.
        headers.TryAddWithoutValidation("Accept", "application/json");
        headers.TryAddWithoutValidation("User-Agent", core.UserAgent);
        headers.TryAddWithoutValidation("X-Correlation-Id", plan.CorrelationId);
        if (plan.OrganizationId is not null)
        {
            headers.TryAddWithoutValidation("X-Org", plan.OrganizationId);
        }

        if (spec.IdempotencyKey is not null)
        {
            headers.TryAddWithoutValidation("Idempotency-Key", spec.IdempotencyKey);
        }

        if (spec.ConfirmationToken is not null)
        {
            headers.TryAddWithoutValidation("X-OpenApp-Confirm", spec.ConfirmationToken);
        }

        var extra = spec.Headers;
        for (var i = 0; i < extra.Count; i++)
        {
            headers.TryAddWithoutValidation(extra[i].Key, extra[i].Value);
        }

        await core.Credential.ApplyAsync(request, cancellationToken).ConfigureAwait(false);

        // Whatever the credential sent is a secret from now on, wherever a server echoes it.
        if (headers.NonValidated.TryGetValues("X-API-Key", out var keys))
        {
            foreach (var key in keys)
            {
                core.Scrubber.Learn(key);
            }
        }

        if (headers.NonValidated.TryGetValues("Authorization", out var authorizations))
        {
            foreach (var authorization in authorizations)
            {
                core.Scrubber.Learn(authorization);
            }
        }
    }
}
