namespace OpenApp.Integrations.Models;

/// <summary>
/// An open set of string values: the SDK names the values it knows, and any other value the server sends is kept
/// as it is instead of failing to decode (new provider types appear server-side without notice).
/// </summary>
/// <typeparam name="TSelf">The implementing value type.</typeparam>
public interface IExtensibleValue<TSelf>
    where TSelf : struct, IExtensibleValue<TSelf>
{
    /// <summary>The wire value.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    static abstract TSelf FromValue(string value);
}
