using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Pages through the organization's integrations, then searches by name.</summary>
public sealed class PageIntegrationsStep : ITourStep
{
    private const int PageSize = 2;
    private const int MaxPages = 10;

    public string Title => "Page through the list (list_integrations)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var offset = 0;
        for (var pageNumber = 1; pageNumber <= MaxPages; pageNumber++)
        {
            var page = (await integrations.ListAsync(new ListIntegrationsOptions { Limit = PageSize, Offset = offset }, cancellationToken: cancellationToken)).Value;
            context.Say($"page {pageNumber}: {string.Join(", ", page.Items.Select(i => "\"" + i.Name + "\""))} ({page.Offset + page.Items.Count} of {page.Total})");

            // Advance by what actually came back: servers may cap pages below the limit asked for.
            if (!page.HasMore)
            {
                break;
            }

            offset = page.NextOffset;
        }

        var search = (await integrations.ListAsync(
            new ListIntegrationsOptions { Query = context.RunTag, ProviderType = ProviderType.VirtualAccess },
            cancellationToken: cancellationToken)).Value;
        context.Say($"searching for \"{context.RunTag}\" among virtual_access integrations finds {search.Total}");
    }
}
