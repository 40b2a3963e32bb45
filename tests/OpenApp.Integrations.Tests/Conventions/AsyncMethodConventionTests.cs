using System.Reflection;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>Every public async method takes a CancellationToken last, with a default; on client types it is virtual.</summary>
public sealed class AsyncMethodConventionTests
{
    public static TheoryData<string> AsyncMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in AllAsyncMethods())
        {
            data.Add(PublicSurface.Describe(method));
        }

        return data;
    }

    [Fact]
    public void The_convention_sees_the_async_methods_it_is_about()
    {
        // Guards the reflection itself: if it stopped finding methods, every theory below would pass vacuously.
        var keys = AllAsyncMethods().Select(PublicSurface.Describe).ToArray();
        Assert.Contains("IntegrationsClient.ListAsync(ListIntegrationsOptions, OpenAppRequestOptions, CancellationToken)", keys);
        Assert.Contains("IntegrationsClient.ListAllAsync(ListIntegrationsOptions, OpenAppRequestOptions, CancellationToken)", keys);
        Assert.Contains("AccessPortalsClient.GetByNameAsync(String, String, NameMatch, OpenAppRequestOptions, CancellationToken)", keys);
        Assert.Contains("AsyncPageable<T>.AsPages(CancellationToken)", keys);
        Assert.Contains("OpenAppTransport.SendAsync(RequestSpec, CancellationToken)", keys);
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.True(keys.Length > 40, $"Only {keys.Length} async methods were found.");
    }

    [Theory]
    [MemberData(nameof(AsyncMethods))]
    public void Async_method_takes_an_optional_cancellation_token_last(string key)
    {
        foreach (var method in Find(key))
        {
            var parameters = method.GetParameters();
            Assert.True(parameters.Length > 0, $"{PublicSurface.Describe(method)} takes no CancellationToken.");
            var last = parameters[^1];
            Assert.True(last.ParameterType == typeof(CancellationToken), $"{PublicSurface.Describe(method)} does not take a CancellationToken last.");
            Assert.True(last.HasDefaultValue, $"{PublicSurface.Describe(method)}: the CancellationToken has no default value.");
            Assert.Equal("cancellationToken", last.Name);
            Assert.Equal(1, parameters.Count(p => p.ParameterType == typeof(CancellationToken)));
        }
    }

    [Theory]
    [MemberData(nameof(AsyncMethods))]
    public void Async_method_name_ends_with_Async(string key)
    {
        foreach (var method in Find(key).Where(m => m.Name != nameof(IAsyncEnumerable<int>.GetAsyncEnumerator) && m.Name != "AsPages"))
        {
            Assert.EndsWith("Async", method.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Async_methods_of_client_types_are_virtual_so_they_can_be_mocked()
    {
        var sealedOnes = PublicSurface.ClientTypes
            .SelectMany(PublicSurface.VisibleMethods)
            .Where(m => !m.IsStatic && m.IsPublic && PublicSurface.IsAsync(m) && (!m.IsVirtual || m.IsFinal))
            .Select(PublicSurface.Describe)
            .ToArray();

        Assert.Empty(sealedOnes);
    }

    private static IEnumerable<MethodInfo> AllAsyncMethods() =>
        PublicSurface.Types.SelectMany(PublicSurface.VisibleMethods).Where(PublicSurface.IsAsync)
            // IAsyncDisposable.DisposeAsync has a fixed shape with no token.
            .Where(m => m.Name != nameof(IAsyncDisposable.DisposeAsync))
            // Static factories that build a pageable from values (AsyncPageable<T>.FromPages, the model factory)
            // make no request; the pageable's own enumeration takes the token.
            .Where(m => !(m.IsStatic && PublicSurface.IsPageable(m.ReturnType)));

    private static MethodInfo[] Find(string key)
    {
        var found = AllAsyncMethods().Where(m => PublicSurface.Describe(m) == key).ToArray();
        Assert.NotEmpty(found);
        return found;
    }
}
