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
        context.Say($"Lists come a page at a time. We ask for {PageSize} integrations per page, as an app showing a long list would, then search them by name.");
        var offset = 0;
        long total = 0;
        for (var pageNumber = 1; pageNumber <= MaxPages; pageNumber++)
        {
            var page = (await integrations.ListAsync(new ListIntegrationsOptions { Limit = PageSize, Offset = offset }, cancellationToken: cancellationToken)).Value;
            context.Say($"page {pageNumber}: {string.Join(", ", page.Items.Select(i => "\"" + i.Name + "\""))} ({page.Offset + page.Items.Count} of {page.Total})");
            total = page.Total;

            // Advance by what actually came back: servers may cap pages below the limit asked for.
            if (!page.HasMore)
            {
                break;
            }

            offset = page.NextOffset;
        }

        // Where the others come from: in demo mode the fake server was seeded with made-up buildings; on a real server
        // they are the organization's own.
        var others = total - 1;
        context.Say(others <= 0
            ? "the tour's own integration is the only one here"
            : context.IsDemo
                ? $"besides the tour's own integration, the list holds the {others} building(s) the fake server was seeded with"
                : $"besides the tour's own integration, the list holds your organization's {others} other integration(s)");

        var search = (await integrations.ListAsync(
            new ListIntegrationsOptions { Query = context.RunTag, ProviderType = ProviderType.VirtualAccess },
            cancellationToken: cancellationToken)).Value;
        context.Say($"searching the names of virtual_access integrations for this run's tag \"{context.RunTag}\" finds {search.Total}: the tour's own");
    }
}
