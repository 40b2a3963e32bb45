using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <summary>Users of the building an integration represents (<c>/integrations/{id}/building-users</c>).</summary>
public partial class BuildingUsersClient : ClientBase
{
    /// <summary>For mocking.</summary>
    protected BuildingUsersClient()
    {
    }

    internal BuildingUsersClient(OpenAppTransport transport)
        : base(transport)
    {
    }

    /// <summary>The building's users, as provider-specific JSON (<c>list_building_users</c>).</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<OpenAppResponse<JsonElement>> ListAsync(
        string integrationId,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(HttpMethod.Get, "/integrations/{id}/building-users", "list_building_users", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>Gives a user a role in the building (<c>add_building_user</c>, answers 201).</summary>
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
        var spec = Spec(HttpMethod.Post, "/integrations/{id}/building-users", "add_building_user", requestOptions)
            .SetPathParameter("id", integrationId);
        spec.Body = RequestBody.FromJson(request, OpenAppJson.TypeInfo<AddBuildingUserPayload>());
        return Transport.SendAsync(spec, cancellationToken);
    }

    /// <summary>Removes a user from the building and its apartments (<c>delete_building_user</c>, answers 204).</summary>
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
        var spec = Spec(HttpMethod.Delete, "/integrations/{id}/building-users/{user_id}", "delete_building_user", requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .SetPathParameter("user_id", Guard.Id(userId, nameof(userId)));
        return Transport.SendAsync(spec, cancellationToken);
    }
}
