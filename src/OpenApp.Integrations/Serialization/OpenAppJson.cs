using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Serialization;

/// <summary>The JSON options every part of the SDK uses: the source-generated contracts plus the request rules.</summary>
public static class OpenAppJson
{
    /// <summary>
    /// Options over the SDK's source-generated contracts in which an optional request field that was never set is
    /// left out of the output, and null fields of response models are written as null (servers and fakes keep the
    /// shape).
    /// </summary>
    /// <remarks>
    /// Leaving unset fields out is part of the contracts themselves: the generator puts an internal optional view
    /// behind every optional request property, which the serializer skips while it is not set.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The contract for <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    /// <typeparam name="T">A type registered in <see cref="OpenAppJsonContext"/>.</typeparam>
    public static JsonTypeInfo<T> TypeInfo<T>() => ContractOf<T>.Value ??= (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    // A frozen copy of the context's options (same settings and converter instances), owned by the SDK. The
    // converters are therefore shared by two options instances, which OptionalJsonConverter<T> allows for.
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OpenAppJsonContext.Default.Options)
        {
            TypeInfoResolver = OpenAppJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    // One field per type instead of the options' type lookup on every call. Filled on first use rather than in a
    // static constructor, so asking for an unregistered type keeps throwing the serializer's own exception.
    private static class ContractOf<T>
    {
        public static JsonTypeInfo<T>? Value;
    }
}
