using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>
/// People of the building an integration represents: users who hold a role in it (<c>/integrations/{id}/people</c>).
/// Replaces the building-users routes of older servers.
/// </summary>
public partial class PeopleClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected PeopleClient()
    {
    }

    internal PeopleClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>The building's people, as provider-specific JSON (<c>list_people</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="locale">The locale whose names order the list (<c>locale</c>), e.g. <c>he</c>; null for the server's.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<JsonElement>> ListAsync(
        string integrationId,
        string? locale = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListPeople, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .AddQuery("locale", string.IsNullOrWhiteSpace(locale) ? null : locale);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>
    /// Gives a user a role in the building, creating the organization membership if it is missing (<c>add_person</c>,
    /// answers 201).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="request">The user and the role.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> AddAsync(
        string integrationId,
        AddBuildingUserPayload request,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        ArgumentNullException.ThrowIfNull(request);
        Guard.Id(request.UserId, nameof(request) + "." + nameof(request.UserId));
        Guard.Id(request.Role, nameof(request) + "." + nameof(request.Role));
        var spec = Spec(OpenAppOperations.AddPerson, requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<AddBuildingUserPayload>());
        return Transport.SendAsync(spec, cancellationToken);
    }

    /// <summary>Removes a person from the building: their roles and listing assignments (<c>delete_person</c>, answers 204).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="userId">The user id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse> DeleteAsync(
        string integrationId,
        string userId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.DeletePerson, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("user_id", Guard.Id(userId, nameof(userId)));
        return Transport.SendAsync(spec, cancellationToken);
    }
}
