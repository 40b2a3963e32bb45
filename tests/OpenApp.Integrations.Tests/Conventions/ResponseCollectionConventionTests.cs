using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>
/// Collections the SDK hands back are read-only. "Response collections" here means (1) any collection a client method
/// returns (the body of its response, a page's items) and (2) collection properties of the SDK's own result types
/// (pages, responses, pageables, exceptions and their details). The generated wire models keep settable collections:
/// the generator and System.Text.Json need them, and they are the caller's copy to change.
/// </summary>
public sealed class ResponseCollectionConventionTests
{
    private static readonly Type[] ReadOnlyShapes =
    {
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyDictionary<,>), typeof(IEnumerable<>),
    };

    [Fact]
    public void Collections_returned_by_client_methods_are_read_only_interfaces()
    {
        var returned = PublicSurface.ClientTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Body: Body(m.ReturnType)))
            .Where(x => IsCollection(x.Body))
            .ToArray();

        Assert.Contains(returned, x => x.Method.Name == "ListAsync" && x.Method.DeclaringType == typeof(ZonesClient));
        var mutable = returned.Where(x => !IsReadOnlyShape(x.Body))
            .Select(x => PublicSurface.Describe(x.Method) + " returns " + PublicSurface.TypeName(x.Body))
            .ToArray();
        Assert.Empty(mutable);
    }

    [Fact]
    public void Result_types_expose_collections_read_only_and_without_setters()
    {
        var resultTypes = PublicSurface.Types.Where(IsResultType).ToArray();
        Assert.Contains(typeof(Page<>), resultTypes);
        Assert.Contains(typeof(global::OpenApp.Integrations.OpenAppAmbiguousNameException), resultTypes);

        var offenders = resultTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => IsCollection(p.PropertyType))
            .Where(p => !IsReadOnlyShape(p.PropertyType) || HasPublicSetter(p))
            .Select(p => PublicSurface.TypeName(p.DeclaringType!) + "." + p.Name)
            .ToArray();

        Assert.Empty(offenders);
    }

    /// <summary>What a caller ends up holding: Task&lt;OpenAppResponse&lt;X&gt;&gt; gives X; a pageable or page gives its item list.</summary>
    private static Type Body(Type type)
    {
        while (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(OpenAppResponse<>))
            {
                type = type.GetGenericArguments()[0];
            }
            else if (definition == typeof(Page<>) || PublicSurface.IsPageable(type))
            {
                return typeof(IReadOnlyList<>).MakeGenericType(type.GetGenericArguments()[0]);
            }
            else
            {
                break;
            }
        }

        return type;
    }

    private static bool IsResultType(Type type) =>
        !PublicSurface.IsGenerated(type) &&
        (type == typeof(OpenAppResponse) || IsGenericOf(type, typeof(OpenAppResponse<>)) || IsGenericOf(type, typeof(Page<>)) ||
         PublicSurface.IsPageable(type) || typeof(Exception).IsAssignableFrom(type) || type == typeof(global::OpenApp.Integrations.ApiErrorDetails));

    private static bool IsGenericOf(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    private static bool IsCollection(Type type) =>
        typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) && type != typeof(LocalizedString) && type != typeof(JsonElement);

    private static bool IsReadOnlyShape(Type type) =>
        type.IsInterface && type.IsGenericType && ReadOnlyShapes.Contains(type.GetGenericTypeDefinition());

    private static bool HasPublicSetter(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } setter &&
        !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
