using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenApp.Integrations.Models;

/// <summary>
/// Writes a set <see cref="Optional{T}"/> as its value (null included); unset fields are skipped before they
/// reach the converter (the generated models mark them to be ignored when they equal the default, "not set").
/// Reading a present field always yields a set value.
/// </summary>
/// <typeparam name="T">The field's type; its contract comes from the same options, so this stays AOT-safe.</typeparam>
internal sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
{
    // The contract of T for the options last seen. One instance can serve several options instances (OpenAppJson
    // copies the context's options, converters included), so the cache remembers which options it belongs to.
    // Pair and check travel together in one immutable object: a reference write is atomic, so concurrent callers
    // see either the old or the new pair, never the options of one with the contract of the other.
    private ContractCache? _cache;

    /// <inheritdoc />
    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return new Optional<T>(default!);
        }

        return new Optional<T>(JsonSerializer.Deserialize(ref reader, ContractFor(options))!);
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

        JsonSerializer.Serialize(writer, value.Value, ContractFor(options));
    }

    /// <summary>Null must reach <see cref="Read"/> so that an explicit null reads as "set to null".</summary>
    public override bool HandleNull => true;

    private JsonTypeInfo<T> ContractFor(JsonSerializerOptions options)
    {
        var cache = _cache;
        if (cache is not null && ReferenceEquals(cache.Options, options))
        {
            return cache.Contract;
        }

        // GetTypeInfo is itself cached per options, so a miss (first use, or alternating options) costs a lookup.
        var contract = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        _cache = new ContractCache(options, contract);
        return contract;
    }

    private sealed class ContractCache(JsonSerializerOptions options, JsonTypeInfo<T> contract)
    {
        public JsonSerializerOptions Options { get; } = options;

        public JsonTypeInfo<T> Contract { get; } = contract;
    }
}
