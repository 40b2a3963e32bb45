using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Serialization;

/// <summary>The JSON options every part of the SDK uses: the source-generated contracts plus the request rules.</summary>
public static class OpenAppJson
{
    /// <summary>
    /// Options over <see cref="OpenAppJsonContext"/> in which an unset <see cref="Optional{T}"/> field is left out
    /// of the output, and null fields of response models are written as null (servers and fakes keep the shape).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The contract for <typeparamref name="T"/> under <see cref="Options"/>.</summary>
    /// <typeparam name="T">A type registered in <see cref="OpenAppJsonContext"/>.</typeparam>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OpenAppJsonContext.Default.Options)
        {
            TypeInfoResolver = OpenAppJsonContext.Default.WithAddedModifier(SkipUnsetOptionalFields),
        };
        options.MakeReadOnly();
        return options;
    }

    // Why a modifier: a converter cannot remove its own property, so "not set" is decided one level up.
    private static void SkipUnsetOptionalFields(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType &&
                property.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>))
            {
                property.ShouldSerialize = static (_, value) => value is IOptional { IsSet: true };
            }
        }
    }
}
