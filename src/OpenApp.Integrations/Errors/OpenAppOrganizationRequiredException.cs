namespace OpenApp.Integrations;

/// <summary>
/// An organization-scoped call was made without an organization: nothing was sent. Set
/// <see cref="OpenAppClientOptions.OrganizationId"/>, use <see cref="OpenAppClient.ForOrganization"/>, or pass
/// <see cref="OpenAppRequestOptions.OrganizationId"/> for the call.
/// </summary>
/// <remarks>An <see cref="InvalidOperationException"/>: the client is not set up for the call (no request failed).</remarks>
public class OpenAppOrganizationRequiredException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="operationName"/>.</summary>
    /// <param name="operationName">The operation that needs an organization, e.g. <c>list_integrations</c>.</param>
    public OpenAppOrganizationRequiredException(string operationName)
        : base(
            $"{operationName} is organization-scoped (it sends X-Org) and no organization is set: set " +
            "OpenAppClientOptions.OrganizationId, use client.ForOrganization(id), or pass OpenAppRequestOptions.OrganizationId.")
    {
        OperationName = operationName;
    }

    /// <summary>The operation that needs an organization.</summary>
    public string? OperationName { get; }
}
