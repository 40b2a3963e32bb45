using System.Reflection;
using System.Xml.Linq;
using IntegrationModels = OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>
/// Every public type and member has XML docs, read from the documentation file the build writes next to the
/// assembly. Generated models are checked too: their docs come from the bundle's descriptions and the generator.
/// </summary>
public sealed class XmlDocConventionTests
{
    private static readonly Lazy<HashSet<string>> Documented = new(LoadDocumentedIds);

    [Fact]
    public void The_documentation_file_is_next_to_the_assembly_and_the_id_scheme_matches_it()
    {
        Assert.Contains("T:OpenApp.Integrations.AsyncPageable`1", Documented.Value);
        var fromPages = typeof(AsyncPageable<>).GetMethods().First(m => m.Name == "FromPages");
        Assert.Contains(DocId.Of(fromPages), Documented.Value);
        Assert.Contains(DocId.Of(typeof(OpenAppResponse<>).GetMethod("op_Implicit")!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(IntegrationModels.OpenAppModelFactory).GetMethod("Page")!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(IntegrationModels.LocalizedString).GetProperty("Item")!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(NameMatch).GetField(nameof(NameMatch.Contains))!), Documented.Value);
    }

    [Fact]
    public void Every_public_type_has_docs()
    {
        var missing = PublicSurface.Types
            .Select(DocId.Of)
            .Where(id => !Documented.Value.Contains(id))
            .ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_public_and_protected_member_has_docs()
    {
        var missing = PublicSurface.Types.Where(t => !typeof(Delegate).IsAssignableFrom(t))
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
    public void Generated_models_are_checked_like_hand_written_code()
    {
        // Guards against a silent exemption coming back: the generated models are among the types checked above,
        // and their properties, inherited storage fields and extension data carry docs.
        var generated = PublicSurface.Types.Where(PublicSurface.IsGenerated).ToArray();
        Assert.Contains(typeof(IntegrationModels.UpdateIntegrationRequest), generated);
        Assert.True(generated.Length > 30, $"Only {generated.Length} generated models were found.");

        Assert.Contains(DocId.Of(typeof(IntegrationModels.UpdateIntegrationRequest)), Documented.Value);
        Assert.Contains(DocId.Of(typeof(IntegrationModels.UpdateIntegrationRequest).GetProperty(nameof(IntegrationModels.UpdateIntegrationRequest.Secrets))!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(IntegrationModels.ResourceLifecycle).GetProperty(nameof(IntegrationModels.ResourceLifecycle.DeletedAt))!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(IntegrationModels.ProviderType).GetProperty(nameof(IntegrationModels.ProviderType.Tasmota))!), Documented.Value);
        Assert.Contains(DocId.Of(typeof(IntegrationModels.Zone).GetProperty(nameof(IntegrationModels.Zone.AdditionalProperties))!), Documented.Value);
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
