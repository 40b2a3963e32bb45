using System.Reflection;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>Every model is known to the source-generated JSON context (no reflection fallback exists at run time).</summary>
public sealed class JsonContextConventionTests
{
    private static readonly string ModelsNamespace = typeof(IntegrationResponse).Namespace!;

    public static TheoryData<Type> Models()
    {
        var data = new TheoryData<Type>();
        foreach (var type in ModelTypes())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_convention_sees_generated_and_hand_written_models()
    {
        var models = ModelTypes().ToArray();
        Assert.Contains(typeof(IntegrationResponse), models);
        Assert.Contains(typeof(LocalizedString), models);
        Assert.Contains(typeof(ProviderType), models);
        Assert.Contains(typeof(InviteRecurrenceSeriesEnd), models);
        Assert.True(models.Length > 40, $"Only {models.Length} model types were found.");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Model_is_registered_in_the_json_context(Type model)
    {
        Assert.NotNull(OpenAppJsonContext.Default.GetTypeInfo(model));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_property_type_of_the_model_is_known_to_the_json_context(Type model)
    {
        // Catches e.g. a new Optional<T> request field whose closed type the context cannot write.
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.PropertyType == typeof(object) || property.DeclaringType != model || model == typeof(LocalizedString))
            {
                continue;
            }

            Assert.True(
                OpenAppJsonContext.Default.GetTypeInfo(property.PropertyType) is not null,
                $"{model.Name}.{property.Name} ({PublicSurface.TypeName(property.PropertyType)}) is not in OpenAppJsonContext.");
        }
    }

    /// <summary>
    /// Public classes and structs of the Models namespace, except the model factory (static), interfaces, open generic
    /// definitions and the JSON converters that give models their wire shape (they are not models themselves).
    /// </summary>
    private static IEnumerable<Type> ModelTypes() =>
        PublicSurface.Types.Where(t => t.Namespace == ModelsNamespace && !t.IsInterface && !(t.IsAbstract && t.IsSealed) &&
            !t.IsGenericTypeDefinition && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t));
}
