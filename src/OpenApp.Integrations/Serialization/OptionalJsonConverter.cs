using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Serialization;

/// <summary>
/// Writes a set <see cref="Optional{T}"/> as its value (null included); unset fields are skipped before they
/// reach the converter (the generated models mark them to be ignored when they equal the default, "not set").
/// Reading a present field always yields a set value.
/// </summary>
/// <typeparam name="T">The field's type; its contract comes from the same options, so this stays AOT-safe.</typeparam>
public sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
{
    /// <inheritdoc />
    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return new Optional<T>(default!);
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        return new Optional<T>(JsonSerializer.Deserialize(ref reader, info)!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value.Value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        JsonSerializer.Serialize(writer, value.Value, info);
    }

    /// <summary>Null must reach <see cref="Read"/> so that an explicit null reads as "set to null".</summary>
    public override bool HandleNull => true;
}
