using System.Reflection;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Transport;

namespace OpenApp.Integrations.Tests.Conventions;

/// <summary>What a mocking library needs from the client types, and a factory for every model they return.</summary>
public sealed class MockingConventionTests
{
    [Fact]
    public void Client_types_are_unsealed_with_a_protected_parameterless_constructor()
    {
        Assert.Contains(typeof(IntegrationsClient), PublicSurface.ClientTypes);
        Assert.Contains(typeof(ZonesClient), PublicSurface.ClientTypes);
        foreach (var type in PublicSurface.ClientTypes.Where(t => t != typeof(OpenAppTransport)))
        {
            Assert.False(type.IsSealed, type.Name + " is sealed.");
            var constructor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
            Assert.True(constructor is { IsFamily: true } or { IsPublic: true }, type.Name + " has no protected parameterless constructor.");
        }
    }

    [Fact]
    public void Public_instance_members_of_client_types_are_virtual()
    {
        var notVirtual = PublicSurface.ClientTypes
            .Where(t => t != typeof(OpenAppTransport))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            // Dispose() follows the dispose pattern: the virtual part is Dispose(bool).
            .Where(m => m.Name != nameof(IDisposable.Dispose))
            .Where(m => !m.IsVirtual || m.IsFinal)
            .Select(PublicSurface.Describe)
            .ToArray();

        Assert.Empty(notVirtual);
    }

    [Fact]
    public void The_model_factory_builds_every_model_a_client_returns()
    {
        var factoryResults = typeof(OpenAppModelFactory).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.ReturnType.IsGenericType ? m.ReturnType.GetGenericTypeDefinition() : m.ReturnType)
            .ToHashSet();

        var returned = ReturnedModels();
        Assert.Contains(typeof(IntegrationResponse), returned);
        Assert.Contains(typeof(InviteWindow), returned);
        var missing = returned.Where(t => !factoryResults.Contains(t)).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Empty(missing);

        var generatedResponses = PublicSurface.Types.Where(t => PublicSurface.IsGenerated(t) && t.Name.EndsWith("Response", StringComparison.Ordinal));
        Assert.Empty(generatedResponses.Where(t => !factoryResults.Contains(t)).Select(t => t.Name));

        Assert.Contains(typeof(Page<>), factoryResults);
        Assert.Contains(typeof(AsyncPageable<>), factoryResults);
        Assert.Contains(typeof(OpenAppResponse<>), factoryResults);
    }

    [Fact]
    public void Factory_models_carry_the_values_given()
    {
        var integration = OpenAppModelFactory.IntegrationResponse(
            id: "int_1",
            name: LocalizedString.FromLocale("en", "Lobby"),
            providerType: ProviderType.VirtualAccess,
            enabled: false,
            health: IntegrationHealth.Reduced,
            createdAt: new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Assert.Equal("int_1", integration.Id);
        Assert.Equal("Lobby", integration.Name.Get("en"));
        Assert.Equal(ProviderType.VirtualAccess, integration.ProviderType);
        Assert.False(integration.Enabled);
        Assert.Equal(IntegrationHealth.Reduced, integration.Health);
        Assert.Equal(2026, integration.CreatedAt!.Value.Year);
        Assert.Empty(OpenAppModelFactory.IntegrationResponse().ProviderTypeName);

        var invite = OpenAppModelFactory.AccessInviteListItem(
            id: "inv_1",
            grantedPortals: new[] { OpenAppModelFactory.AccessInviteGrantedPortal(id: "p1") },
            schedule: OpenAppModelFactory.InviteScheduleSnapshot(
                isRecurring: true,
                nextWindow: OpenAppModelFactory.InviteWindow(from: DateTimeOffset.UnixEpoch, to: DateTimeOffset.UnixEpoch.AddHours(1))));
        Assert.Equal("p1", Assert.Single(invite.GrantedPortals).Id);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddHours(1), invite.Schedule.NextWindow!.To);
        Assert.Empty(invite.ScheduleEntries);

        var response = OpenAppModelFactory.Response(integration, 201, new Dictionary<string, string> { ["x-request-id"] = "r9" });
        Assert.Equal(201, response.Status);
        Assert.Equal("r9", response.RequestId);
        Assert.Same(integration, (IntegrationResponse)response);
    }

    /// <summary>Model types reachable from what the client methods return, through model properties.</summary>
    private static HashSet<Type> ReturnedModels()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(PublicSurface.ClientTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.ReturnType));
        while (queue.TryDequeue(out var type))
        {
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    queue.Enqueue(argument);
                }
            }

            if (type.IsClass && type.Namespace == typeof(IntegrationResponse).Namespace && type != typeof(LocalizedString) && seen.Add(type))
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    queue.Enqueue(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
                }
            }
        }

        return seen;
    }
}
