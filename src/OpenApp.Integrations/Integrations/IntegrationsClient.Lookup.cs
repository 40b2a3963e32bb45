using OpenApp.Integrations.Errors;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Operations;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations;

/// <content>Looks an integration up by name.</content>
public partial class IntegrationsClient
{
    /// <summary>The resource kind named in look-up exceptions.</summary>
    private const string IntegrationKind = "integration";

    /// <summary>
    /// Finds the one integration with a name: case-insensitive, trimmed, in any locale of its name. The server's
    /// <c>q</c> search narrows the list, every page of it is read, and the names are then compared here (the
    /// server's search may be looser than the match asked for).
    /// </summary>
    /// <param name="name">The name; surrounding whitespace is ignored.</param>
    /// <param name="match">Whether the whole name must match or only contain <paramref name="name"/>.</param>
    /// <param name="providerType">Only integrations of this provider type; null for all.</param>
    /// <param name="requestOptions">Per-call options, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The integration, with the response of the page it came in.</returns>
    /// <exception cref="ArgumentException">The name is empty or blank (nothing is sent).</exception>
    /// <exception cref="OpenAppNameNotFoundException">No integration matches.</exception>
    /// <exception cref="OpenAppAmbiguousNameException{T}">Several integrations match; all of them are in the exception's <c>Matches</c>.</exception>
    public virtual async Task<OpenAppResponse<IntegrationResponse>> GetByNameAsync(
        string name,
        NameMatch match = NameMatch.Exact,
        ProviderType? providerType = null,
        OpenAppRequestOptions? requestOptions = null,
        CancellationToken cancellationToken = default)
    {
        var wanted = NameMatcher.Normalize(name, nameof(name));
        NameMatcher.Check(match, nameof(match));
        var options = new ListIntegrationsOptions { Query = wanted, ProviderType = providerType, Limit = ListOptions.MaxLimit };

        var matches = new List<IntegrationResponse>();
        OpenAppResponse<Page<IntegrationResponse>>? firstMatchPage = null;
        await foreach (var page in ListAllAsync(options, requestOptions, cancellationToken).AsPages(cancellationToken).ConfigureAwait(false))
        {
            foreach (var integration in page.Value.Items)
            {
                if (NameMatcher.Matches(integration.Name, wanted, match))
                {
                    firstMatchPage ??= page;
                    matches.Add(integration);
                }
            }
        }

        return matches.Count switch
        {
            0 => throw new OpenAppNameNotFoundException(IntegrationKind, wanted, match) { OperationName = OpenAppOperations.ListIntegrations.OperationId },
            1 => firstMatchPage!.WithValue(matches[0]),
            _ => throw new OpenAppAmbiguousNameException<IntegrationResponse>(IntegrationKind, wanted, match, matches, matches.ConvertAll(m => m.Id))
            {
                OperationName = OpenAppOperations.ListIntegrations.OperationId,
            },
        };
    }
}
