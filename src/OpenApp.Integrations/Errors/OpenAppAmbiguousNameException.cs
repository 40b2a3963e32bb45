namespace OpenApp.Integrations;

/// <summary>A look-up by name (<c>GetByNameAsync</c>) found several resources with that name; all of them are in <see cref="Matches"/>.</summary>
/// <remarks>No response failed, so <see cref="OpenAppException.Status"/> is 0. Look the resource up by id, or by a more specific name.</remarks>
public class OpenAppAmbiguousNameException : OpenAppException
{
    private const int MaxIdsInMessage = 10;

    /// <summary>Creates the exception for a resource kind, the name looked for and every match.</summary>
    /// <param name="resourceKind">What was looked for, e.g. <c>integration</c> or <c>access portal</c>.</param>
    /// <param name="name">The name looked for.</param>
    /// <param name="match">How names were compared.</param>
    /// <param name="matches">Every resource that matched (e.g. <c>IntegrationResponse</c> items).</param>
    /// <param name="matchIds">The ids of <paramref name="matches"/>, in the same order.</param>
    public OpenAppAmbiguousNameException(string resourceKind, string name, NameMatch match, IReadOnlyList<object> matches, IReadOnlyList<string> matchIds)
        : base(BuildMessage(resourceKind, name, match, matchIds))
    {
        ArgumentNullException.ThrowIfNull(matches);
        ResourceKind = resourceKind;
        Name = name;
        Match = match;
        Matches = matches.ToArray();
        MatchIds = matchIds.ToArray();
    }

    /// <summary>Creates the exception with a message of your own (no matches recorded).</summary>
    /// <param name="message">What was ambiguous.</param>
    public OpenAppAmbiguousNameException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message of your own and a cause (no matches recorded).</summary>
    /// <param name="message">What was ambiguous.</param>
    /// <param name="innerException">The cause.</param>
    public OpenAppAmbiguousNameException(string message, Exception? innerException)
        : base(message, innerException)
    {
        ResourceKind = string.Empty;
        Name = string.Empty;
        Matches = Array.Empty<object>();
        MatchIds = Array.Empty<string>();
    }

    /// <summary>Creates the exception with a default message.</summary>
    public OpenAppAmbiguousNameException()
        : this("Several resources have that name.")
    {
    }

    /// <summary>What was looked for, e.g. <c>integration</c> or <c>access portal</c>.</summary>
    public string ResourceKind { get; }

    /// <summary>The name looked for (trimmed).</summary>
    public string Name { get; }

    /// <summary>How names were compared.</summary>
    public NameMatch Match { get; }

    /// <summary>Every resource that matched, as returned by the list (e.g. <c>IntegrationResponse</c>); use <c>OfType</c> to type them.</summary>
    public IReadOnlyList<object> Matches { get; }

    /// <summary>The ids of <see cref="Matches"/>, in the same order.</summary>
    public IReadOnlyList<string> MatchIds { get; }

    /// <summary>For an access portal: the integration searched; otherwise null.</summary>
    public string? IntegrationId { get; init; }

    private static string BuildMessage(string resourceKind, string name, NameMatch match, IReadOnlyList<string> matchIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceKind);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(matchIds);
        var ids = string.Join(", ", matchIds.Take(MaxIdsInMessage)) + (matchIds.Count > MaxIdsInMessage ? ", ..." : string.Empty);
        var how = match == NameMatch.Contains ? "have a name containing" : "are named";
        return $"{matchIds.Count} {resourceKind}s {how} '{name}' (ids: {ids}); look it up by id or by a more specific name.";
    }
}
