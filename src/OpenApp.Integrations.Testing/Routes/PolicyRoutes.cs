using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Integration policies: list (a bare array), create (201; a curfew reports the live invites it will constrain),
/// update (PATCH: absent keeps, <c>config: null</c> is refused), delete (204), and the effective policies. The contract
/// declares no <c>X-Org</c> on them: the integration is found in whichever organization holds it.
/// </summary>
internal static class PolicyRoutes
{
    public static void Register(IDictionary<string, RouteHandler> handlers)
    {
        handlers["list_integration_policies"] = List;
        handlers["create_integration_policy"] = Create;
        handlers["update_integration_policy"] = Update;
        handlers["delete_integration_policy"] = Delete;
        handlers["get_integration_effective_policies"] = Effective;
    }

    /// <summary>A new policy from a checked <c>CreatePolicyRequest</c>.</summary>
    public static PolicyRecord NewPolicy(JsonObject body, string scope, string? physicalDeviceId, RouteContext context)
    {
        var policyType = JsonInput.String(body, "policy_type");
        if (string.IsNullOrWhiteSpace(policyType))
        {
            throw FakeApiException.InvalidField("policy_type", "must not be empty");
        }

        return new PolicyRecord
        {
            Id = context.Store.Ids.NewId(),
            Scope = scope,
            PolicyType = policyType,
            Config = PolicyConfig.Check(policyType, body["config"]),
            Capability = JsonInput.String(body, "capability"),
            Enforcement = PolicyConfig.Enforcement(JsonInput.String(body, "enforcement")),
            Enabled = body["enabled"]?.GetValue<bool>() ?? true,
            PhysicalDeviceId = physicalDeviceId,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
    }

    /// <summary>Applies a checked <c>UpdatePolicyRequest</c>: absent fields keep their value.</summary>
    public static void Apply(PolicyRecord policy, JsonObject body, RouteContext context)
    {
        if (JsonInput.Has(body, "config"))
        {
            policy.Config = body["config"] is null
                ? throw FakeApiException.InvalidField("config", "cannot be null; leave it out to keep the current settings")
                : PolicyConfig.Check(policy.PolicyType, body["config"]);
        }

        if (JsonInput.Has(body, "capability"))
        {
            policy.Capability = JsonInput.String(body, "capability");
        }

        if (body["enabled"] is { } enabled)
        {
            policy.Enabled = enabled.GetValue<bool>();
        }

        if (JsonInput.String(body, "enforcement") is { } enforcement)
        {
            policy.Enforcement = PolicyConfig.Enforcement(enforcement);
        }

        policy.UpdatedAt = context.Now;
    }

    /// <summary>A <c>PolicyResponse</c>.</summary>
    public static JsonObject View(PolicyRecord policy, IntegrationRecord integration, JsonArray? conflicts = null) => new()
    {
        ["id"] = policy.Id,
        ["scope"] = policy.Scope,
        ["org_id"] = integration.OrganizationId,
        ["integration_id"] = integration.Id,
        ["physical_device_id"] = policy.PhysicalDeviceId,
        ["policy_type"] = policy.PolicyType,
        ["capability"] = policy.Capability,
        ["config"] = policy.Config.DeepClone(),
        ["enforcement"] = policy.Enforcement,
        ["enabled"] = policy.Enabled,
        ["created_by"] = null,
        ["created_at"] = JsonViews.Time(policy.CreatedAt),
        ["updated_at"] = JsonViews.Time(policy.UpdatedAt),
        ["conflict_report"] = conflicts,
    };

    /// <summary>
    /// For a curfew in force, the invites it will constrain (reported, never changed): those not revoked, not exempt
    /// from curfews and not over. Null for other policies (not computed).
    /// </summary>
    public static JsonArray? Conflicts(PolicyRecord policy, IntegrationRecord integration, DateTimeOffset now) =>
        policy.PolicyType != PolicyConfig.Curfew || !policy.IsInForce
            ? null
            : new JsonArray(integration.Invites
                .Where(i => i.RevokedAt is null && !i.CurfewExempt && i.ValidTo > now)
                .Select(i => (JsonNode)new JsonObject { ["id"] = i.Id, ["name"] = i.Name })
                .ToArray());

    private static FakeResponse List(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        return FakeResponse.Ok(new JsonArray(integration.Policies.Integration.Select(p => (JsonNode)View(p, integration)).ToArray()));
    }

    private static FakeResponse Create(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        var policy = NewPolicy(request.BodyObject, "integration", physicalDeviceId: null, context);
        integration.Policies.Integration.Add(policy);
        return new FakeResponse(201, View(policy, integration, Conflicts(policy, integration, context.Now)));
    }

    private static FakeResponse Update(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        var policy = Find(integration, request.Route("policy_id"));
        Apply(policy, request.BodyObject, context);
        return FakeResponse.Ok(View(policy, integration));
    }

    private static FakeResponse Delete(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        integration.Policies.Integration.Remove(Find(integration, request.Route("policy_id")));
        return FakeResponse.NoContent();
    }

    private static FakeResponse Effective(FakeRequest request, RouteContext context)
    {
        var integration = context.IntegrationWithoutOrganization(request);
        return FakeResponse.Ok(EffectivePolicies.Combine(integration.Policies.All));
    }

    private static PolicyRecord Find(IntegrationRecord integration, string policyId) =>
        integration.Policies.Integration.FirstOrDefault(p => p.Id == policyId) ?? throw FakeApiException.NotFound("policy", policyId);
}
