using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Provider types and their definitions: the two routes that need no organization.</summary>
internal static class ProviderRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_provider_types"] = ListTypes;
        handlers["get_integration_provider_definition"] = Definition;
    }

    private static FakeResponse ListTypes(FakeRequest request, RouteContext context) =>
        FakeResponse.Ok(new JsonObject(ProviderCatalog.All.Values
            .OrderBy(p => p.Type, StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, JsonNode?>(p.Type, p.NameJson()))));

    private static FakeResponse Definition(FakeRequest request, RouteContext context)
    {
        var type = request.Route("provider_type");
        var provider = ProviderCatalog.Find(type)
            ?? throw FakeApiException.InvalidField("provider_type", $"is not a known provider type ('{type}')", "unknown_provider_type");
        return FakeResponse.Ok(provider.Definition());
    }
}
