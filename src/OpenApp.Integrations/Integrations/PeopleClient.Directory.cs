using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

// How the building's devices know its people: the directory listings an intercom shows (apartment -> residents) and
// the user accounts on the provider's side. Beside list/add/delete because they answer the same question, and
// delete_person already removes a person's listing assignments.
public partial class PeopleClient
{
    /// <summary>
    /// The members of the building's directory listings (the apartments or units an intercom lists, each with its
    /// residents), as provider-specific JSON: a map of listing entity id to its members
    /// (<c>GET /integrations/{id}/directory-listing-members</c>, <c>list_integration_directory_listing_members</c>).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="entityIds">
    /// The listings to read: ids of <see cref="EntityType.DirectoryListing"/> entities, sent comma-joined as
    /// <c>entity_ids</c>. Null or empty leaves the key out (the server's default).
    /// </param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The members by listing (the contract gives no schema: <see cref="JsonElement"/>).</returns>
    /// <exception cref="ArgumentException">An entity id is blank or contains a comma (it would be read as two ids).</exception>
    public virtual Task<OpenAppResponse<JsonElement>> ListListingMembersAsync(
        string integrationId,
        IEnumerable<string>? entityIds = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var spec = Spec(OpenAppOperations.ListIntegrationDirectoryListingMembers, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .AddQuery("entity_ids", CommaJoined(entityIds, nameof(entityIds)));
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>
    /// The user accounts on the provider's side of an integration (e.g. the users of a gate controller) and how
    /// each maps to OpenApp: linked to a user, invited, or not managed by OpenApp
    /// (<c>GET /integrations/{id}/integration-users</c>, <c>list_integration_users</c>).
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="deviceId">Only the users of this provider device (<c>device_id</c>), for providers whose users belong to
    /// a device; null leaves the key out.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users, how many are not linked to OpenApp, and whether the provider returned only part of its list.</returns>
    /// <exception cref="ArgumentException">The integration id is blank, or <paramref name="deviceId"/> is empty or blank.</exception>
    public virtual Task<OpenAppResponse<IntegrationUsersResponse>> ListProviderUsersAsync(
        string integrationId,
        string? deviceId = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        if (deviceId is not null)
        {
            Guard.Id(deviceId, nameof(deviceId));
        }

        var spec = Spec(OpenAppOperations.ListIntegrationUsers, requestOptions)
            .SetPathParameter("id", Guard.Id(integrationId, nameof(integrationId)))
            .AddQuery("device_id", deviceId);
        return Transport.SendAsync(spec, OpenAppJsonContext.Default.IntegrationUsersResponse, cancellationToken);
    }

    private static string? CommaJoined(IEnumerable<string>? ids, string parameterName)
    {
        if (ids is null)
        {
            return null;
        }

        var checkedIds = new List<string>();
        foreach (var id in ids)
        {
            Guard.Id(id, parameterName);
            if (id.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The id '{id}' contains a comma, which would split it in two on the wire.", parameterName);
            }

            checkedIds.Add(id);
        }

        return checkedIds.Count == 0 ? null : string.Join(',', checkedIds);
    }
}
