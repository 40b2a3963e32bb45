namespace OpenApp.Integrations;

/// <summary>Repeats a call the server wants confirmed (<c>error_code: confirmation_required</c>).</summary>
/// <remarks>
/// An extension of <see cref="OpenAppApiException"/> that lives with the request options it makes, so the exception
/// types do not depend on the transport's types.
/// </remarks>
public static class OpenAppConfirmation
{
    /// <summary>
    /// Per-call options that repeat the call confirmed: <see cref="OpenAppRequestOptions.ConfirmationToken"/> is set to
    /// the error's <see cref="OpenAppApiException.PreviewToken"/> (sent as <c>X-OpenApp-Confirm</c>).
    /// </summary>
    /// <param name="error">The <c>confirmation_required</c> error.</param>
    /// <param name="original">The options of the call that failed, if any: the organization, correlation id and extra
    /// headers are copied. The idempotency key is not: a replay with the same key would return the stored answer to
    /// the unconfirmed call.</param>
    /// <returns>New options; <paramref name="original"/> is unchanged.</returns>
    /// <exception cref="InvalidOperationException">The error carries no <c>preview_token</c>.</exception>
    /// <example>
    /// <code>
    /// catch (OpenAppApiException ex) when (ex.IsConfirmationRequired)
    /// {
    ///     await client.Integrations.RunOpAsync(id, "unlock", body, ex.CreateConfirmation(options));
    /// }
    /// </code>
    /// </example>
    public static OpenAppRequestOptions CreateConfirmation(this OpenAppApiException error, OpenAppRequestOptions? original = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(error.PreviewToken))
        {
            throw new InvalidOperationException(
                $"This error ({error.ErrorCode ?? "no error code"}) carries no preview_token to confirm the call with.");
        }

        var confirmation = new OpenAppRequestOptions
        {
            OrganizationId = original?.OrganizationId,
            CorrelationId = original?.CorrelationId,
            ConfirmationToken = error.PreviewToken,
        };
        if (original is not null)
        {
            foreach (var (name, value) in original.Headers)
            {
                confirmation.Headers[name] = value;
            }
        }

        return confirmation;
    }
}
