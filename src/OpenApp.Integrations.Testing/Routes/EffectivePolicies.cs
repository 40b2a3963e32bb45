using System.Text.Json.Nodes;
using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// Combines the policies in force on an integration (its own and its devices', enabled and not audit-only) into the
/// <c>EffectivePoliciesResponse</c>: the strictest value of each rule wins. Curfew windows add up (the time zone is the
/// first curfew's that names one, else UTC); the sharing mode is the most restrictive set; a limit is the smallest
/// set; a requirement holds when any policy asks for it; an allow-list keeps what every policy that sets one allows;
/// blackout dates and prohibited doors add up. With no policy, nothing is restricted (shares last 86400 s at most).
/// </summary>
internal static class EffectivePolicies
{
    public const long DefaultShareMaxDurationSeconds = 86400;

    public static JsonObject Combine(IEnumerable<PolicyRecord> policies)
    {
        var inForce = policies.Where(p => p.IsInForce).ToList();
        var curfews = Of(inForce, PolicyConfig.Curfew);
        var sharing = Of(inForce, PolicyConfig.Sharing);
        var limits = Of(inForce, PolicyConfig.Limits);

        var view = new JsonObject
        {
            ["timezone"] = curfews.Select(c => PolicyConfig.Text(c, "timezone")).FirstOrDefault(z => z is not null) ?? "UTC",
            ["curfew_windows"] = new JsonArray(curfews.SelectMany(PolicyConfig.Windows).Distinct()
                .Select(w => (JsonNode)new JsonObject { ["start"] = w.Start, ["end"] = w.End }).ToArray()),
            ["user_sharing_mode"] = PolicyConfig.SharingModes.FirstOrDefault(mode => sharing.Any(s => PolicyConfig.Text(s, "mode") == mode)) ?? "all",
            ["no_reshare"] = Any(sharing, "no_reshare"),
            ["no_transitive_delegation"] = Any(sharing, "no_transitive_delegation"),
            ["share_allow_unlimited"] = !sharing.Any(s => s["share_allow_unlimited"]?.GetValue<bool>() == false),
            ["share_max_uses"] = Smallest(sharing, "share_max_uses"),
            ["share_default_max_uses"] = Smallest(sharing, "share_default_max_uses"),
            ["share_max_duration_seconds"] = Smallest(sharing, "share_max_duration_seconds") ?? DefaultShareMaxDurationSeconds,
        };

        foreach (var key in PolicyConfig.LimitCounts.Concat(PolicyConfig.LimitSeconds))
        {
            view[key] = Smallest(limits, key);
        }

        foreach (var key in PolicyConfig.LimitFlags)
        {
            view[key] = Any(limits, key);
        }

        foreach (var key in PolicyConfig.LimitAllowLists)
        {
            view[key] = Strings(Intersect(limits, key));
        }

        foreach (var key in PolicyConfig.LimitDenyLists)
        {
            var all = limits.Where(l => l[key] is JsonArray).SelectMany(l => l[key]!.AsArray().Select(v => (string)v!)).ToList();
            view[key] = all.Count == 0 ? null : Strings(all.Distinct().Order(StringComparer.Ordinal));
        }

        var weekdays = Intersect(limits, "allowed_weekdays");
        view["allowed_weekdays"] = weekdays is null ? null : new JsonArray(weekdays.Select(int.Parse).Order().Select(d => (JsonNode)d).ToArray());
        return view;
    }

    private static List<JsonObject> Of(IEnumerable<PolicyRecord> policies, string type) =>
        policies.Where(p => p.PolicyType == type).Select(p => p.Config).ToList();

    private static bool Any(IEnumerable<JsonObject> configs, string key) => configs.Any(c => c[key]?.GetValue<bool>() == true);

    private static long? Smallest(IEnumerable<JsonObject> configs, string key)
    {
        long? smallest = null;
        foreach (var node in configs.Select(c => c[key]).OfType<JsonNode>())
        {
            var value = node.GetValue<long>();
            smallest = smallest is null ? value : Math.Min(smallest.Value, value);
        }

        return smallest;
    }

    /// <summary>What every config that sets <paramref name="key"/> lists (as text), or null when none sets it.</summary>
    private static IEnumerable<string>? Intersect(IEnumerable<JsonObject> configs, string key)
    {
        IEnumerable<string>? kept = null;
        foreach (var list in configs.Select(c => c[key]).OfType<JsonArray>())
        {
            var values = list.Select(v => v!.ToJsonString().Trim('"')).ToList();
            kept = kept is null ? values : kept.Intersect(values, StringComparer.Ordinal).ToList();
        }

        return kept;
    }

    private static JsonArray? Strings(IEnumerable<string>? values) =>
        values is null ? null : new JsonArray(values.Select(v => (JsonNode)v).ToArray());
}
