namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Lists the guests' requests for more time on the invite and dismisses one.</summary>
public sealed class RenewalRequestsStep : ITourStep
{
    public string Title => "Renewal requests (list, dismiss)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var invites = context.Client.Integrations.AccessInvites;
        var id = context.RequireIntegration();
        var inviteId = context.InviteId ?? throw new InvalidOperationException("The invite was not created.");
        context.Say("A guest whose invite runs out can ask for more time. The request waits until you extend the invite " +
            "(an update with new schedules) or dismiss it.");
        if (context.Guest is { } guest)
        {
            await guest.AskForRenewalAsync(id, inviteId, "Could I have one more day? The job takes longer.", cancellationToken);
            context.Say("(demo) the guest asks for one more day");
        }

        var requests = (await invites.ListRenewalRequestsAsync(id, inviteId, cancellationToken: cancellationToken)).Value;
        context.Say($"{requests.Count} request(s) waiting");
        if (requests.Count == 0)
        {
            context.Say("no guest has asked for more time, so there is nothing to dismiss");
            return;
        }

        var first = requests[0];
        await invites.DismissRenewalRequestAsync(id, inviteId, first.Id, cancellationToken: cancellationToken);
        context.Say($"dismissed the request of {first.RequesterName ?? first.RequesterUserId}{(first.Note is null ? string.Empty : $" (\"{first.Note}\")")}");
    }
}
