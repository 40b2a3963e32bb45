#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// netstandard2.0 copies of Models/Converters/IExtensibleValue.cs and Models/Converters/ExtensibleValueJsonConverter.cs
// (the project file swaps them in for this target). .NET Framework cannot load an interface with a static abstract member,
// so here the interface has no FromValue and the converter finds each type's public static FromValue(string) once,
// by reflection (no trimming or Native AOT exists on .NET Framework). Every type that implements the interface
// declares that method, as the net8.0/net10.0 builds of the same types prove.
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

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
}

/// <summary>Reads and writes an <see cref="IExtensibleValue{TSelf}"/> as its plain JSON string.</summary>
/// <typeparam name="T">The open enum type.</typeparam>
public sealed class ExtensibleValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleValue<T>
{
    private static readonly Func<string, T> s_fromValue = FindFromValue();

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return s_fromValue(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    private static Func<string, T> FindFromValue()
    {
        var method = typeof(T).GetMethod("FromValue", BindingFlags.Public | BindingFlags.Static, binder: null, [typeof(string)], modifiers: null);
        return method is not null && method.ReturnType == typeof(T)
            ? (Func<string, T>)method.CreateDelegate(typeof(Func<string, T>))
            : throw new InvalidOperationException($"{typeof(T).Name} implements IExtensibleValue but has no public static FromValue(string).");
    }
}
#endif
