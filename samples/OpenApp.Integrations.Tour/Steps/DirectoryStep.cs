namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Shows how the building's devices know its people: provider-side accounts and directory-listing members.</summary>
public sealed class DirectoryStep : ITourStep
{
    public string Title => "Who the devices know (list_integration_users, list_integration_directory_listing_members)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var people = context.Client.Integrations.People;
        var id = context.RequireIntegration();

        context.Say("A gate controller or intercom keeps user accounts of its own; we list them and see which are linked to OpenApp users.");
        var users = (await people.ListProviderUsersAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"{users.Items.Count} account(s) on the provider's side, {users.UnmanagedCount} not linked to OpenApp");
        foreach (var user in users.Items.Take(5))
        {
            context.Say($"- {user.DisplayName ?? user.ExternalId}: {user.Status}{(user.IsAdmin == true ? ", administrator" : string.Empty)}");
        }

        context.Say("An intercom's directory lists apartments, each with its residents; we read the members of every listing.");
        var members = (await people.ListListingMembersAsync(id, cancellationToken: cancellationToken)).Value;
        var listings = members.ValueKind == System.Text.Json.JsonValueKind.Object ? members.EnumerateObject().Count() : 0;
        context.Say($"{listings} directory listing(s) with members");
    }
}
