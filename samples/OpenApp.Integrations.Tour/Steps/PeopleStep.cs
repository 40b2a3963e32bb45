using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>Gives a user a role in the building, lists the building's people, and removes the user again.</summary>
public sealed class PeopleStep : ITourStep
{
    /// <summary>The environment variable naming a real user to add (real servers may refuse made-up ids).</summary>
    public const string UserIdVariable = "OPENAPP_TOUR_USER_ID";

    public string Title => "People (add_person, list_people, delete_person)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var users = context.Client.Integrations.People;
        var id = context.RequireIntegration();
        context.Say("People are the building's own users, such as residents and staff, each with a role there. " +
            "We add one as a resident, list the building's people, and remove them again.");
        var configured = Environment.GetEnvironmentVariable(UserIdVariable);
        var userId = string.IsNullOrWhiteSpace(configured) ? "tour-user-" + context.RunTag : configured.Trim();
        var meaning = string.IsNullOrWhiteSpace(configured)
            ? $"the server does not know the made-up user {userId}; set {UserIdVariable} to a real user id"
            : "the server refused the user";
        var madeUp = string.IsNullOrWhiteSpace(configured);

        var added = madeUp
            ? await context.AllowingAsync(() => users.AddAsync(id, new AddBuildingUserPayload { UserId = userId, Role = "resident" }, TourContext.Write(), cancellationToken), meaning, 400, 404)
            : await users.AddAsync(id, new AddBuildingUserPayload { UserId = userId, Role = "resident" }, TourContext.Write(), cancellationToken);
        if (added is not null)
        {
            context.Say($"added {userId} as resident (status {added.Status})");
        }

        var list = (await users.ListAsync(id, cancellationToken: cancellationToken)).Value;
        context.Say($"the building lists {JsonPeek.Items(list, "items", "people", "users").Count} person(s)");

        var removed = added is null
            ? await context.AllowingAsync(() => users.DeleteAsync(id, userId, cancellationToken: cancellationToken), "the user was never added", 400, 404)
            : await users.DeleteAsync(id, userId, cancellationToken: cancellationToken);
        if (removed is not null)
        {
            context.Say($"removed {userId} (status {removed.Status})");
        }
    }
}
