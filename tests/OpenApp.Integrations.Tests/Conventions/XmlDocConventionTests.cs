using System.Reflection;
using System.Xml.Linq;
using OpenApp.Integrations.Pagination;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>
/// Every public type and member has XML docs, read from the documentation file the build writes next to the
/// assembly. Types written by the model generator are exempt: the bundle has no descriptions to turn into docs.
/// </summary>
public sealed class XmlDocConventionTests
{
    private static readonly Lazy<HashSet<string>> Documented = new(LoadDocumentedIds);

    [Fact]
    public void The_documentation_file_is_next_to_the_assembly_and_the_id_scheme_matches_it()
    {
        Assert.Contains("T:OpenApp.Integrations.Pagination.AsyncPageable`1", Documented.Value);
        var fromPages = typeof(AsyncPageable<>).GetMethods().First(m => m.Name == "FromPages");
        Assert.Contains(DocId.Of(fromPages), Documented.Value);
        Assert.Contains(DocId.Of(typeof(Transport.OpenAppResponse<>).GetMethod("op_Implicit")!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(global::OpenApp.Integrations.Models.OpenAppModelFactory).GetMethod("Page")!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(global::OpenApp.Integrations.Models.LocalizedString).GetProperty("Item")!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(NameMatch).GetField(nameof(NameMatch.Contains))!), Documented.Value);
    }

    [Fact]
    public void Every_public_type_has_docs()
    {
        var missing = PublicSurface.Types.Where(t => !PublicSurface.IsGenerated(t))
            .Select(DocId.Of)
            .Where(id => !Documented.Value.Contains(id))
            .ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_public_and_protected_member_has_docs()
    {
        var missing = PublicSurface.Types.Where(t => !PublicSurface.IsGenerated(t) && !typeof(Delegate).IsAssignableFrom(t))
            .SelectMany(PublicSurface.VisibleMembers)
            .Where(m => m is not Type)
            .Where(m => m is not MethodInfo { IsSpecialName: true } method || method.Name.StartsWith("op_", StringComparison.Ordinal))
            .Where(m => m is not FieldInfo { IsSpecialName: true })
            .Where(m => !IsImplicitDefaultConstructor(m))
            .Select(DocId.Of)
            .Where(id => !Documented.Value.Contains(id))
            .ToArray();

        Assert.True(missing.Length == 0, "Undocumented: " + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Only_generated_models_are_exempt()
    {
        var exempt = PublicSurface.Types.Where(PublicSurface.IsGenerated).ToArray();

        Assert.NotEmpty(exempt);
        Assert.All(exempt, t => Assert.Equal(typeof(global::OpenApp.Integrations.Models.IntegrationResponse).Namespace, t.Namespace));
    }

    /// <summary>
    /// The constructor the compiler adds to a class that declares none has no source to document. Such a class has
    /// exactly one constructor, without parameters.
    /// </summary>
    private static bool IsImplicitDefaultConstructor(MemberInfo member) =>
        member is ConstructorInfo { IsStatic: false } constructor &&
        constructor.GetParameters().Length == 0 &&
        constructor.DeclaringType!.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Length == 1;

    private static HashSet<string> LoadDocumentedIds()
    {
        var path = Path.ChangeExtension(PublicSurface.Sdk.Location, ".xml");
        Assert.True(File.Exists(path), "The XML documentation file is missing: " + path);
        return XDocument.Load(path).Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
