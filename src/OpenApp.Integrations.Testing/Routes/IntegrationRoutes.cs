using System.Globalization;
using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>Integrations themselves: list, create, get, update (tri-state config and secrets), purge, restore.</summary>
internal static class IntegrationRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integrations"] = List;
        handlers["create_integration"] = Create;
        handlers["get_integration"] = Get;
        handlers["update_integration"] = Update;
        handlers["hard_delete_integration"] = Purge;
        handlers["restore_integration"] = Restore;
    }

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var onlyDeleted = request.Flag("only_deleted");
        var includeDeleted = request.Flag("include_deleted") || onlyDeleted;
        var providerType = request.Text("provider_type");
        var query = request.Text("q");
        var matches = context.Organization(request).Integrations
            .Where(i => onlyDeleted ? i.IsDeleted : includeDeleted || !i.IsDeleted)
            .Where(i => providerType is null || string.Equals(i.ProviderType, providerType, StringComparison.Ordinal))
            .Where(i => query is null || i.Name.Values.Any(text => Contains(text, query)))
            .ToList();
        var (items, total) = Paging.Slice(matches, request, context.Options);
        return FakeResponse.Ok(JsonViews.Page(items, total, i => JsonViews.Integration(i)));
    }

    private static FakeResponse Create(FakeRequest request, RouteContext context)
    {
        var body = request.BodyObject;
        var orgId = JsonInput.String(body, "org_id")!;
        if (!string.Equals(orgId, request.OrganizationId, StringComparison.Ordinal))
        {
            throw FakeApiException.InvalidField("org_id", "must be the organization named by X-Org", "org_mismatch");
        }

        var providerType = JsonInput.String(body, "provider_type")!;
        var provider = ProviderCatalog.Find(providerType)
            ?? throw FakeApiException.InvalidField("provider_type", $"is not a known provider type ('{providerType}')", "unknown_provider_type");
        var now = context.Now;
        var integration = new IntegrationRecord
        {
            Id = context.Store.Ids.NewId(),
            OrganizationId = orgId,
            ProviderType = provider.Type,
            Name = body["name"] is { } name ? JsonInput.LocalizedName(name, "name") : new Dictionary<string, string> { ["en"] = provider.English },
            Enabled = body["enabled"]?.GetValue<bool>() ?? true,
            Config = body["config"]?.DeepClone(),
            Secrets = body["secrets"]?.DeepClone(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (context.Options.CreateDemoDevices)
        {
            DemoData.Populate(integration, provider, context.Store);
        }

        context.Organization(request).Add(integration);
        return FakeResponse.Ok(JsonViews.Integration(integration));
    }

    private static FakeResponse Get(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, includeDeleted: request.Flag("include_deleted"));
        return FakeResponse.Ok(JsonViews.Integration(integration));
    }

    private static FakeResponse Update(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, includeDeleted: request.Flag("include_deleted"));
        var body = request.BodyObject;

        // Partial update. A property that is absent keeps its value; for config and secrets, null clears and an
        // object replaces. A null name, enabled or provider_type is "no change" (they cannot be cleared).
        ProviderInfo? provider = null;
        if (JsonInput.String(body, "provider_type") is { } providerType)
        {
            provider = ProviderCatalog.Find(providerType)
                ?? throw FakeApiException.InvalidField("provider_type", $"is not a known provider type ('{providerType}')", "unknown_provider_type");
        }

        var name = body["name"] is { } nameNode ? JsonInput.LocalizedName(nameNode, "name") : null;
        if (provider is not null)
        {
            integration.ProviderType = provider.Type;
        }

        if (name is not null)
        {
            integration.Name = name;
        }

        if (body["enabled"] is { } enabled)
        {
            integration.Enabled = enabled.GetValue<bool>();
        }

        if (JsonInput.Has(body, "config"))
        {
            integration.Config = body["config"]?.DeepClone();
        }

        if (JsonInput.Has(body, "secrets"))
        {
            integration.Secrets = body["secrets"]?.DeepClone();
        }

        integration.UpdatedAt = context.Now;
        return FakeResponse.Ok(JsonViews.Integration(integration));
    }

    private static FakeResponse Purge(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, includeDeleted: true);
        context.Organization(request).Remove(integration);
        var now = context.Now;
        integration.DeletedAt ??= now;
        var view = JsonViews.Integration(integration);
        view["hard_delete_at"] = JsonViews.Time(now);
        return FakeResponse.Ok(view);
    }

    private static FakeResponse Restore(FakeRequest request, RouteContext context)
    {
        var integration = context.Integration(request, includeDeleted: true);
        if (!integration.IsDeleted)
        {
            throw new FakeApiException(422, "not_deleted", $"Integration '{integration.Id}' is not soft-deleted; there is nothing to restore.");
        }

        integration.DeletedAt = null;
        integration.UpdatedAt = context.Now;
        return FakeResponse.Ok(JsonViews.Integration(integration));
    }

    private static bool Contains(string text, string query) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query, CompareOptions.IgnoreCase) >= 0;
}
