using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Mocking.Tests;

/// <summary>
/// A small piece of "app code" that uses the SDK, as a user would write it. The tests in this project mock the SDK
/// underneath it; nothing here knows about mocks.
/// </summary>
public sealed class DoorDirectory
{
    private readonly IntegrationsClient _integrations;

    public DoorDirectory(OpenAppClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _integrations = client.Integrations;
    }

    public DoorDirectory(IntegrationsClient integrations)
    {
        _integrations = integrations;
    }

    /// <summary>The public id of a portal, found by the site's (integration's) name and the portal's name.</summary>
    public async Task<string> PortalPublicIdAsync(string site, string portal, CancellationToken cancellationToken = default)
    {
        var integration = await _integrations.GetByNameAsync(site, cancellationToken: cancellationToken);
        var found = await _integrations.AccessPortals.GetByNameAsync(integration.Value.Id, portal, cancellationToken: cancellationToken);
        return found.Value.PublicId;
    }

    /// <summary>The names of every door of a site, across all pages.</summary>
    public async Task<IReadOnlyList<string>> DoorNamesAsync(string integrationId, CancellationToken cancellationToken = default)
    {
        var options = new ListEntitiesOptions { EntityTypes = new[] { EntityType.Door }, Limit = 200 };
        var names = new List<string>();
        await foreach (var entity in _integrations.ListAllEntitiesAsync(integrationId, options, cancellationToken: cancellationToken))
        {
            names.Add(entity.Name ?? entity.Id);
        }

        return names;
    }

    /// <summary>How many integrations are not healthy; null when the organization cannot be read (403).</summary>
    public async Task<int?> UnhealthyCountAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var count = 0;
            await foreach (var integration in _integrations.ListAllAsync(cancellationToken: cancellationToken))
            {
                if (integration.Health != IntegrationHealth.Ok)
                {
                    count++;
                }
            }

            return count;
        }
        catch (OpenAppApiException ex) when (ex.Status == 403)
        {
            return null;
        }
    }

    /// <summary>Renames a site and returns the request id for the audit log.</summary>
    public async Task<string?> RenameAsync(string integrationId, string newName, CancellationToken cancellationToken = default)
    {
        var request = new UpdateIntegrationRequest { Name = LocalizedString.FromLocale("en", newName) };
        var response = await _integrations.UpdateAsync(integrationId, request, cancellationToken: cancellationToken);
        return response.RequestId;
    }
}
