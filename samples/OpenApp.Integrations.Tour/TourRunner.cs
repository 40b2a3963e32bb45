using OpenApp.Integrations.Tour.Steps;

namespace OpenApp.Integrations.Tour;

/// <summary>
/// The tour of the SDK: every operation of the Integrations API at least once, in the order a user meets them,
/// with a short account of each step. It needs only an <see cref="OpenAppClient"/> with a default organization, so
/// it runs the same against the in-process fake and against a real server.
/// </summary>
public static class TourRunner
{
    /// <summary>The steps, in order.</summary>
    public static IReadOnlyList<ITourStep> Steps { get; } = new ITourStep[]
    {
        new ProviderTypesStep(),
        new CreateIntegrationStep(),
        new ReadIntegrationStep(),
        new RenameIntegrationStep(),
        new PageIntegrationsStep(),
        new EntitiesStep(),
        new OpsStep(),
        new PortalsStep(),

        // Access invites, from planning one to its guests, its link, outside systems and the portals' trash.
        new InvitesStep(),
        new InvitePhotoStep(),
        new InviteMessageMediaStep(),
        new InviteUsageStep(),
        new RenewalRequestsStep(),
        new InviteLinkStep(),
        new ReconcileStep(),
        new PortalTrashStep(),

        new PeopleStep(),

        // The site as a whole, the rules on it and on its hardware.
        new SiteStep(),
        new PoliciesStep(),
        new DevicesStep(),

        new LanAgentStep(),
        new ZonesStep(),

        // Lifecycle: how the devices know the building's people, channel counts, locations, a Waveshare relay board,
        // pictures, and moving an integration to another organization.
        new DirectoryStep(),
        new ChannelCountsStep(),
        new LocationsStep(),
        new WaveshareStep(),
        new ImageStep(),
        new TransferStep(),

        new CleanupStep(),
    };

    /// <summary>Runs every step. The first unexpected failure is thrown (an SDK exception) after a best-effort purge of
    /// the integrations the tour created, so a failed run leaves nothing behind.</summary>
    /// <param name="client">A client with a default organization.</param>
    /// <param name="output">Where the account goes.</param>
    /// <param name="cancellationToken">Stops the tour.</param>
    public static Task RunAsync(OpenAppClient client, TextWriter output, CancellationToken cancellationToken = default) =>
        RunAsync(client, output, guest: null, cancellationToken);

    /// <summary>Runs every step, with a guest who uses the tour's invite link (see <see cref="ITourGuest"/>).</summary>
    /// <param name="client">A client with a default organization.</param>
    /// <param name="output">Where the account goes.</param>
    /// <param name="guest">The guest; null when none is at hand (a real server).</param>
    /// <param name="cancellationToken">Stops the tour.</param>
    public static async Task RunAsync(OpenAppClient client, TextWriter output, ITourGuest? guest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(output);
        if (client.OrganizationId is null)
        {
            throw new ArgumentException("The tour needs a client with a default organization (X-Org).", nameof(client));
        }

        var context = new TourContext(client, output, guest);
        output.WriteLine($"OpenApp.Integrations tour against {client.Transport.ApiRoot}, working in organization {client.OrganizationId}.");
        output.WriteLine($"Names this run gives what it creates end in {context.RunTag}, so they never clash with another run's.");
        output.WriteLine("Each heading says, in parentheses, which API operations its step calls.");
        try
        {
            foreach (var step in Steps)
            {
                context.Heading(step.Title);
                await step.RunAsync(context, cancellationToken);
            }
        }
        catch when (context.IntegrationId is not null || context.RelayIntegrationId is not null)
        {
            foreach (var id in new[] { context.RelayIntegrationId, context.IntegrationId }.OfType<string>())
            {
                await TryPurgeAsync(context, id);
            }

            throw;
        }

        // No claim that every operation was called: some have nothing to act on against a given server (no guest to
        // ask for more time, no deleted integration to restore, no door device), and the steps say so where it happens.
        output.WriteLine();
        output.WriteLine($"Done: all {Steps.Count} steps ran, and what the tour made is removed again.");
    }

    private static async Task TryPurgeAsync(TourContext context, string integrationId)
    {
        try
        {
            await context.Client.Integrations.PurgeAsync(integrationId);
            context.Output.WriteLine($"(cleaned up: purged {integrationId})");
        }
        catch (Exception ex)
        {
            context.Output.WriteLine($"(could not purge {integrationId}: {ex.Message})");
        }
    }
}
