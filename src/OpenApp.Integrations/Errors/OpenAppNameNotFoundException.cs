namespace OpenApp.Integrations;

/// <summary>A look-up by name (<c>GetByNameAsync</c>) found nothing with that name.</summary>
/// <remarks>No response failed: the lists were read and none of their names matched, so <see cref="OpenAppException.Status"/> is 0.</remarks>
public class OpenAppNameNotFoundException : OpenAppException
{
    /// <summary>Creates the exception for a resource kind and the name looked for.</summary>
    /// <param name="resourceKind">What was looked for, e.g. <c>integration</c> or <c>access portal</c>.</param>
    /// <param name="name">The name looked for.</param>
    /// <param name="match">How names were compared.</param>
    public OpenAppNameNotFoundException(string resourceKind, string name, NameMatch match)
        : base(BuildMessage(resourceKind, name, match))
    {
        ResourceKind = resourceKind;
        Name = name;
        Match = match;
    }

    /// <summary>Creates the exception with a message of your own (resource kind and name unknown).</summary>
    /// <param name="message">What was not found.</param>
    public OpenAppNameNotFoundException(string message)
        : base(message)
    {
        ResourceKind = string.Empty;
        Name = string.Empty;
    }

    /// <summary>Creates the exception with a message of your own and a cause.</summary>
    /// <param name="message">What was not found.</param>
    /// <param name="innerException">The cause.</param>
    public OpenAppNameNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
        ResourceKind = string.Empty;
        Name = string.Empty;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public OpenAppNameNotFoundException()
        : this("No resource with that name was found.")
    {
    }

    /// <summary>What was looked for, e.g. <c>integration</c> or <c>access portal</c>.</summary>
    public string ResourceKind { get; }

    /// <summary>The name looked for (trimmed).</summary>
    public string Name { get; }

    /// <summary>How names were compared.</summary>
    public NameMatch Match { get; }

    /// <summary>For an access portal: the integration searched; otherwise null.</summary>
    public string? IntegrationId { get; init; }

    private static string BuildMessage(string resourceKind, string name, NameMatch match)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceKind);
        ArgumentNullException.ThrowIfNull(name);
        return match == NameMatch.Contains
            ? $"No {resourceKind} has a name containing '{name}' (case-insensitive, any locale)."
            : $"No {resourceKind} is named '{name}' (case-insensitive, any locale).";
    }
}
