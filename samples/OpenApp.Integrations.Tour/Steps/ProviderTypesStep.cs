using System.Text.Json;
using OpenApp.Integrations.Models;

namespace OpenApp.Integrations.Tour.Steps;

/// <summary>What can be integrated: the provider types and one provider's definition (no organization needed).</summary>
public sealed class ProviderTypesStep : ITourStep
{
    public string Title => "Provider types (list_integration_provider_types, get_integration_provider_definition)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var integrations = context.Client.Integrations;
        context.Say("An integration connects OpenApp to one provider: a door system, a smart-home hub, a device cloud. " +
            "We list the providers the server knows, then read what the one this tour uses offers.");
        var types = (await integrations.ListProviderTypesAsync(cancellationToken: cancellationToken)).Value;
        context.Say($"{types.Count} provider types: {string.Join(", ", types.Keys.Order(StringComparer.Ordinal))}");
        if (types.TryGetValue(ProviderType.VirtualAccess.Value, out var name))
        {
            context.Say($"the tour uses virtual_access, which people see as \"{name.Get("en")}\" (it is named in {string.Join(", ", name.Keys)})");
        }

        // The definition is provider-specific JSON: say what of it the tour can read, and only that.
        var definition = (await integrations.GetProviderDefinitionAsync(ProviderType.VirtualAccess, cancellationToken: cancellationToken)).Value;
        var said = false;
        var capabilities = Capabilities(JsonPeek.Property(definition, "capabilities"));
        if (capabilities.Count > 0)
        {
            context.Say($"it can {Join(capabilities.Select(Describe))}");
            said = true;
        }

        if (JsonPeek.Property(definition, "actions").ValueKind == JsonValueKind.Array)
        {
            var actions = JsonPeek.Items(definition, "actions")
                .Select(a => (Id: JsonPeek.Text(a, "id"), Name: JsonPeek.Name(a, "name")))
                .Where(a => a.Id is not null || a.Name is not null)
                .Select(a => a.Id is null ? $"\"{a.Name}\"" : a.Name is null ? a.Id : $"{a.Id} (\"{a.Name}\")")
                .ToList();
            context.Say($"it offers {actions.Count} op(s){(actions.Count > 0 ? ": " + string.Join(", ", actions) : string.Empty)}");
            said = true;
        }

        if (JsonPeek.Property(definition, "config_schema").ValueKind == JsonValueKind.Object ||
            JsonPeek.Property(definition, "secrets_schema").ValueKind == JsonValueKind.Object)
        {
            var settings = JsonPeek.SchemaFields(JsonPeek.Property(definition, "config_schema")).Select(f => f.Name).ToList();
            var secrets = JsonPeek.SchemaFields(JsonPeek.Property(definition, "secrets_schema")).Select(f => f.Name).ToList();
            context.Say($"creating one asks for {Fields(settings, "setting")} and {Fields(secrets, "secret")}");
            said = true;
        }

        if (!said)
        {
            context.Say("its definition is in a shape this tour does not summarize");
        }
    }

    // Capabilities as a map of flags ({"discovery": true}) or as a list of names.
    private static List<string> Capabilities(JsonElement capabilities) => capabilities.ValueKind switch
    {
        JsonValueKind.Object => capabilities.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.True).Select(p => p.Name).ToList(),
        JsonValueKind.Array => capabilities.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToList(),
        _ => new List<string>(),
    };

    private static string Describe(string capability) => capability switch
    {
        "discovery" => "find devices by itself",
        "ops" => "run actions (ops) when asked",
        "lan_agent" => "work through a LAN agent (a small program on the building's network)",
        "access_portals" => "open doors for guests",
        _ => capability.Replace('_', ' '),
    };

    private static string Fields(List<string> names, string noun) =>
        names.Count == 0 ? $"no {noun}s" : $"{noun}s {Join(names)}";

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
