using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Reads who used the invite, and who opened the portal's door, after a guest (demo mode) opens it.</summary>
public sealed class InviteUsageStep : ITourStep
{
    public string Title => "Who came in (invite usage, door usage)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var id = context.RequireIntegration();
        var inviteId = context.InviteId ?? throw new InvalidOperationException("The invite was not created.");
        context.Say("Every use of an invite is recorded, and so is every opening of a door, whoever opened it. " +
            "Both histories cover the last 30 days, newest first.");
        if (context.Guest is { } guest)
        {
            var opened = await guest.UseInviteAsync(id, inviteId, cancellationToken);
            context.Say($"(demo) a guest opens the front door with the link: {(opened ? "it opens" : "it stays shut")}");
        }

        var usage = (await integrations.AccessInvites.ListUsageAsync(id, inviteId, cancellationToken: cancellationToken)).Value;
        context.Say($"the invite was used {usage.Entries.Count} time(s){Latest(usage)}");

        if (context.DoorDeviceId is not { } door)
        {
            context.Say("the integration reported no door, so there is no door history to read");
            return;
        }

        var doorUsage = (await integrations.Doors.ListUsageAsync(id, door, cancellationToken: cancellationToken)).Value;
        context.Say($"the door was opened {doorUsage.Entries.Count} time(s){Latest(doorUsage)}");
    }

    // The newest use: who, when, how it went, and through which door (invite usage) or invite (door usage).
    private static string Latest(AccessUsageResponse usage)
    {
        if (usage.Entries.Count == 0)
        {
            return string.Empty;
        }

        var last = usage.Entries[0];
        var through = Name(last.DoorName) is { } door ? $" through \"{door}\"" : Name(last.InviteName) is { } invite ? $" with invite \"{invite}\"" : string.Empty;
        return $"; last by a {last.Actor.Kind}{through} at {last.OccurredAt:u}: {last.Outcome}";
    }

    // Names come as raw JSON: a plain string or a locale map (English first, else any locale).
    private static string? Name(JsonElement? name)
    {
        if (name is { ValueKind: JsonValueKind.String } text)
        {
            return text.GetString();
        }

        if (name is not { ValueKind: JsonValueKind.Object } map)
        {
            return null;
        }

        string? any = null;
        foreach (var locale in map.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
        {
            if (locale.Name == "en")
            {
                return locale.Value.GetString();
            }

            any ??= locale.Value.GetString();
        }

        return any;
    }
}
