using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>What can be integrated: the provider types and one provider's definition (no organization needed).</summary>
public sealed class ProviderTypesStep : ITourStep
{
    public string Title => "Provider types (list_integration_provider_types, get_integration_provider_definition)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        var types = (await integrations.ListProviderTypesAsync(cancellationToken: cancellationToken)).Value;
        context.Say($"{types.Count} provider types: {string.Join(", ", types.Keys.Order(StringComparer.Ordinal))}");
        if (types.TryGetValue(ProviderType.VirtualAccess.Value, out var name))
        {
            context.Say($"virtual_access is called \"{name.Get("en")}\" ({string.Join(", ", name.Keys)})");
        }

        var definition = (await integrations.GetProviderDefinitionAsync(ProviderType.VirtualAccess, cancellationToken: cancellationToken)).Value;
        context.Say($"virtual_access definition has: {JsonPeek.Keys(definition)}");
    }
}
