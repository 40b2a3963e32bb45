namespace OpenApp.Integrations;

/// <summary>Argument checks shared by the clients: they run before any request is built.</summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> for null and <see cref="ArgumentException"/> for empty or blank ids.</summary>
    public static string Id(string? value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The id '{parameterName}' must not be empty or blank.", parameterName);
        }

        if (value is "." or "..")
        {
            // System.Uri turns a "%2E%2E" segment back into ".." and removes it, so such an id would reach another route.
            throw new ArgumentException($"The id '{parameterName}' must not be '.' or '..'.", parameterName);
        }

        return value;
    }
}
