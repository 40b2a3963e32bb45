namespace OpenApp.Integrations.Testing.State;

/// <summary>A person listed under a directory listing (an apartment or unit an intercom shows).</summary>
/// <param name="UserId">The OpenApp user.</param>
/// <param name="DisplayName">The name the listing shows.</param>
/// <param name="Role">Their role in the unit, e.g. <c>resident</c>.</param>
internal sealed record DirectoryMemberRecord(string UserId, string DisplayName, string Role);
