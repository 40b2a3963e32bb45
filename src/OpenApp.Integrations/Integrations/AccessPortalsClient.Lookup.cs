using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <content>Looks a portal up by name within an integration.</content>
public partial class AccessPortalsClient
{
    /// <summary>The resource kind named in look-up exceptions.</summary>
    private const string PortalKind = "access portal";

    /// <summary>
    /// Finds the one portal of an integration with a name: case-insensitive, trimmed, in any locale of its name.
    /// The integration's portal list (one response, not paginated) is read with <see cref="ListAsync"/>.
    /// </summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="name">The portal name; surrounding whitespace is ignored.</param>
    /// <param name="match">Whether the whole name must match or only contain <paramref name="name"/>.</param>
    /// <param name="requestOptions">Per-call options.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The portal, with the response of the list it came in.</returns>
    /// <exception cref="ArgumentException">The integration id or the name is empty or blank (nothing is sent).</exception>
    /// <exception cref="OpenAppNameNotFoundException">No portal of the integration matches.</exception>
    /// <exception cref="OpenAppAmbiguousNameException{T}">Several portals match; all of them are in the exception's <c>Matches</c>.</exception>
    public virtual async Task<OpenAppResponse<AccessPortalListItem>> GetByNameAsync(
        string integrationId,
        string name,
        NameMatch match = NameMatch.Exact,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Id(integrationId, nameof(integrationId));
        var wanted = NameMatcher.Normalize(name, nameof(name));
        NameMatcher.Check(match, nameof(match));

        var list = await ListAsync(integrationId, requestOptions, cancellationToken).ConfigureAwait(false);
        var matches = list.Value.Items.Where(portal => NameMatcher.Matches(portal.Name, wanted, match)).ToList();
        return matches.Count switch
        {
            0 => throw new OpenAppNameNotFoundException(PortalKind, wanted, match)
            {
                OperationName = OpenAppOperations.ListIntegrationAccessPortals.OperationId,
                IntegrationId = integrationId,
            },
            1 => list.WithValue(matches[0]),
            _ => throw new OpenAppAmbiguousNameException<AccessPortalListItem>(PortalKind, wanted, match, matches, matches.ConvertAll(m => m.Id))
            {
                OperationName = OpenAppOperations.ListIntegrationAccessPortals.OperationId,
                IntegrationId = integrationId,
            },
        };
    }
}
