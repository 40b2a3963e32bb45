using System.Reflection;
using System.Runtime.Loader;
using OpenApp.Integrations.Tests.Conventions;

namespace OpenApp.Integrations.Tests.Packaging;

/// <summary>
/// The netstandard2.0 build exposes the same public API as the net10.0 build, but for the one member .NET Framework
/// cannot have. The shared PublicAPI baseline cannot tell (its RS0017 check is off for netstandard2.0, see the SDK's
/// project file), so this compares the two builds' surfaces member by member.
/// </summary>
public sealed class PublicSurfaceParityTests
{
    // Static abstract interface members need runtime support .NET Framework lacks (Polyfills/ExtensibleValue.cs).
    private static readonly string[] OnlyOnNet =
    [
        "OpenApp.Integrations.Models.IExtensibleValue`1: TSelf FromValue(System.String)",
    ];

    [Fact]
    public void The_netstandard2_0_surface_equals_the_net10_0_surface_but_for_static_abstract_members()
    {
        var path = typeof(PublicSurfaceParityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Net10SdkPath").Value!;
        Assert.True(File.Exists(path), "The net10.0 build of the SDK is missing: " + path);
        var context = new AssemblyLoadContext("net10.0 SDK", isCollectible: true);
        try
        {
            var net10 = Surface(context.LoadFromAssemblyPath(path));
            var netStandard = Surface(PublicSurface.Sdk);

            Assert.Contains("OpenApp.Integrations.OpenAppClient: Void Dispose()", net10);
            Assert.Empty(netStandard.Except(net10));
            Assert.Equal(OnlyOnNet, net10.Except(netStandard));
        }
        finally
        {
            context.Unload();
        }
    }

    private static SortedSet<string> Surface(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var surface = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetExportedTypes())
        {
            surface.Add(type.FullName + " (" + Kind(type) + ")");
            foreach (var member in type.GetMembers(declared).Where(IsVisible))
            {
                surface.Add(type.FullName + ": " + member);
            }
        }

        return surface;
    }

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : typeof(Delegate).IsAssignableFrom(type) ? "delegate" : "class";

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
