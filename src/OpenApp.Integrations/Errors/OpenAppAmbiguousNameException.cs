namespace OpenApp.Integrations;

/// <summary>
/// A look-up by name (<c>GetByNameAsync</c>) found several resources with that name; their ids are in
/// <see cref="MatchIds"/>. The SDK throws the typed <see cref="OpenAppAmbiguousNameException{T}"/>, whose
/// <see cref="OpenAppAmbiguousNameException{T}.Matches"/> holds the resources themselves.
/// </summary>
/// <remarks>No response failed, so <see cref="OpenAppException.Status"/> is 0. Look the resource up by id, or by a more specific name.</remarks>
public class OpenAppAmbiguousNameException : OpenAppException
{
    private const int MaxIdsInMessage = 10;

    /// <summary>Creates the exception for a resource kind, the name looked for and the ids of every match.</summary>
    /// <param name="resourceKind">What was looked for, e.g. <c>integration</c> or <c>access portal</c>.</param>
    /// <param name="name">The name looked for.</param>
    /// <param name="match">How names were compared.</param>
    /// <param name="matchIds">The ids of every resource that matched.</param>
    public OpenAppAmbiguousNameException(string resourceKind, string name, NameMatch match, IReadOnlyList<string> matchIds)
        : base(BuildMessage(resourceKind, name, match, matchIds))
    {
        ResourceKind = resourceKind;
        Name = name;
        Match = match;
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

    /// <summary>The ids of every resource that matched, in list order.</summary>
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

/// <summary>
/// A look-up by name found several resources of type <typeparamref name="T"/> with that name; all of them are in
/// <see cref="Matches"/> (e.g. <c>catch (OpenAppAmbiguousNameException&lt;IntegrationResponse&gt; ex)</c>).
/// </summary>
/// <typeparam name="T">The resource model, e.g. <c>IntegrationResponse</c> or <c>AccessPortalListItem</c>.</typeparam>
public class OpenAppAmbiguousNameException<T> : OpenAppAmbiguousNameException
{
    /// <summary>Creates the exception for a resource kind, the name looked for and every match.</summary>
    /// <param name="resourceKind">What was looked for, e.g. <c>integration</c> or <c>access portal</c>.</param>
    /// <param name="name">The name looked for.</param>
    /// <param name="match">How names were compared.</param>
    /// <param name="matches">Every resource that matched.</param>
    /// <param name="matchIds">The ids of <paramref name="matches"/>, in the same order.</param>
    public OpenAppAmbiguousNameException(string resourceKind, string name, NameMatch match, IReadOnlyList<T> matches, IReadOnlyList<string> matchIds)
        : base(resourceKind, name, match, matchIds)
    {
        ArgumentNullException.ThrowIfNull(matches);
        Matches = matches.ToArray();
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
        Matches = Array.Empty<T>();
    }

    /// <summary>Creates the exception with a default message.</summary>
    public OpenAppAmbiguousNameException()
        : this("Several resources have that name.")
    {
    }

    /// <summary>Every resource that matched, as the list returned it, in the order of <see cref="OpenAppAmbiguousNameException.MatchIds"/>.</summary>
    public IReadOnlyList<T> Matches { get; }
}
