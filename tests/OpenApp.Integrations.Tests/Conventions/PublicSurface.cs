using System.Reflection;
using System.Runtime.CompilerServices;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>Reflection over the SDK's public surface, shared by the convention tests.</summary>
internal static class PublicSurface
{
    public const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static Assembly Sdk { get; } = typeof(OpenAppClient).Assembly;

    /// <summary>Every type a user can see.</summary>
    public static IReadOnlyList<Type> Types { get; } = Sdk.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    /// <summary>The client types users mock: the entry client, the area clients, the transport and the pageable.</summary>
    public static IReadOnlyList<Type> ClientTypes { get; } = Types
        .Where(t => typeof(ClientBase).IsAssignableFrom(t) || t == typeof(OpenAppClient) || t == typeof(OpenAppTransport) || t == typeof(AsyncPageable<>))
        .ToArray();

    /// <summary>
    /// The public types the generator writes from the bundle (<c>Generated/Models/*.g.cs</c>): every schema that is not
    /// hand-written, not an internal envelope and not left out as a query object or form.
    /// </summary>
    public static IReadOnlySet<string> GeneratedModelNames { get; } = BundleDocument.Document["components"]!["schemas"]!.AsObject()
        .Where(s => s.Value!["x-openapp-hand-written"] is null && s.Value["x-openapp-envelope"] is null && s.Value["x-openapp-not-a-model"] is null)
        .Select(s => s.Key)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Types the model generator wrote.</summary>
    public static bool IsGenerated(Type type) =>
        type.Namespace == "OpenApp.Integrations.Models" && GeneratedModelNames.Contains(type.Name);

    /// <summary>Methods, properties, fields, events and constructors a user can see (public or protected), declared on the type.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type) =>
        type.GetMembers(Declared).Where(IsVisible).Where(m => m.GetCustomAttribute<CompilerGeneratedAttribute>() is null);

    /// <summary>Public or protected methods declared on the type, without property and event accessors.</summary>
    public static IEnumerable<MethodInfo> VisibleMethods(Type type) =>
        VisibleMembers(type).OfType<MethodInfo>().Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal));

    /// <summary>Whether a method returns something awaited or enumerated asynchronously.</summary>
    public static bool IsAsync(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>) ||
            definition == typeof(IAsyncEnumerator<>) || IsPageable(type);
    }

    public static bool IsPageable(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(AsyncPageable<>))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A readable, unique name such as <c>IntegrationsClient.ListAsync(ListIntegrationsOptions, OpenAppRequestOptions, CancellationToken)</c>.</summary>
    public static string Describe(MemberInfo member) => TypeName(member.DeclaringType!) + "." + member.Name +
        (member is MethodBase method ? "(" + string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType))) + ")" : string.Empty);

    public static string TypeName(Type type)
    {
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };
}
