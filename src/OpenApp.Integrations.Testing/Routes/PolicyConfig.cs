using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The policy types whose <c>config</c> the fake understands, checked like the server would (400 naming the field), and
/// the enforcement values. Other policy types are stored as given and do not take part in the effective policies.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>invitation_curfew</c>: <c>{"timezone": "Asia/Jerusalem", "windows": [{"start": "23:00", "end": "06:00"}]}</c>;
/// invitations may not be used inside a window (one that ends before it starts spans midnight).</item>
/// <item><c>user_sharing</c>: <c>{"mode": "none" | "admin_only" | "approval_required" | "all", "no_reshare",
/// "no_transitive_delegation", "share_allow_unlimited", "share_max_uses", "share_default_max_uses",
/// "share_max_duration_seconds"}</c>.</item>
/// <item><c>invitation_limits</c>: any of the limits and requirements of the effective policies (<c>max_uses</c>,
/// <c>max_doors</c>, <c>max_duration_seconds</c>, <c>max_active_per_user</c>, <c>require_pin</c>, ...,
/// <c>allowed_weekdays</c>, <c>blackout_dates</c>, <c>allowed_portal_ids</c>, ...).</item>
/// </list>
/// </remarks>
internal static class PolicyConfig
{
    public const string Curfew = "invitation_curfew";
    public const string Sharing = "user_sharing";
    public const string Limits = "invitation_limits";

    /// <summary>Sharing modes from the most to the least restrictive: combining policies keeps the first that any sets.</summary>
    public static readonly string[] SharingModes = { "none", "admin_only", "approval_required", "all" };

    public static readonly string[] Enforcements = { "enforce", "require_approval", "audit_only" };

    public static readonly string[] LimitCounts = { "max_uses", "max_doors", "max_active_per_user" };

    public static readonly string[] LimitSeconds = { "max_duration_seconds" };

    public static readonly string[] LimitFlags =
    {
        "require_expiry", "require_justification", "require_photo", "require_pin", "require_verified_phone", "restrict_to_own_listing_doors",
    };

    /// <summary>Lists a policy narrows: combining keeps what every policy that sets one allows.</summary>
    public static readonly string[] LimitAllowLists = { "allowed_creator_roles", "allowed_entry_kinds", "allowed_portal_ids" };

    /// <summary>Lists a policy widens: combining keeps what any policy names.</summary>
    public static readonly string[] LimitDenyLists = { "blackout_dates", "prohibited_master_door_ids" };

    public static readonly string[] SharingFlags = { "no_reshare", "no_transitive_delegation", "share_allow_unlimited" };

    public static readonly string[] SharingCounts = { "share_max_uses", "share_default_max_uses", "share_max_duration_seconds" };

    public static string Enforcement(string? value) =>
        value is null || Enforcements.Contains(value, StringComparer.Ordinal)
            ? value ?? "enforce"
            : throw FakeApiException.InvalidField("enforcement", "must be enforce, require_approval or audit_only");

    /// <summary>Checks the config of a known policy type; returns a detached copy to store.</summary>
    public static JsonObject Check(string policyType, JsonNode? config)
    {
        if (config is not JsonObject settings)
        {
            throw FakeApiException.InvalidField("config", "must be a JSON object");
        }

        switch (policyType)
        {
            case Curfew:
                CheckCurfew(settings);
                break;
            case Sharing:
                if (Text(settings, "mode") is not { } mode || !SharingModes.Contains(mode, StringComparer.Ordinal))
                {
                    throw FakeApiException.InvalidField("config.mode", "must be none, admin_only, approval_required or all");
                }

                Flags(settings, SharingFlags);
                Counts(settings, SharingCounts);
                break;
            case Limits:
                Flags(settings, LimitFlags);
                Counts(settings, LimitCounts.Concat(LimitSeconds));
                Strings(settings, LimitAllowLists.Concat(LimitDenyLists));
                CheckWeekdays(settings);
                CheckDates(settings);
                break;
        }

        return (JsonObject)settings.DeepClone();
    }

    /// <summary>The curfew windows of a checked <c>invitation_curfew</c> config.</summary>
    public static IEnumerable<(string Start, string End)> Windows(JsonObject config) =>
        (config["windows"] as JsonArray ?? new JsonArray()).Select(w => ((string)w!["start"]!, (string)w!["end"]!));

    public static string? Text(JsonObject config, string key) =>
        config[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static void CheckCurfew(JsonObject settings)
    {
        if (settings["timezone"] is { } zone && (zone.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(zone.GetValue<string>())))
        {
            throw FakeApiException.InvalidField("config.timezone", "must be an IANA time zone such as Asia/Jerusalem");
        }

        if (settings["windows"] is not JsonArray windows || windows.Count == 0)
        {
            throw FakeApiException.InvalidField("config.windows", "must list at least one window such as {\"start\": \"23:00\", \"end\": \"06:00\"}");
        }

        for (var i = 0; i < windows.Count; i++)
        {
            foreach (var edge in new[] { "start", "end" })
            {
                if (windows[i] is not JsonObject window || Text(window, edge) is not { } time ||
                    !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    throw FakeApiException.InvalidField($"config.windows[{i}].{edge}", "must be a local time HH:MM");
                }
            }
        }
    }

    private static void CheckWeekdays(JsonObject settings)
    {
        if (settings["allowed_weekdays"] is null)
        {
            return;
        }

        if (settings["allowed_weekdays"] is not JsonArray days ||
            days.Any(d => d is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue<int>(out var day) || day is < 0 or > 6))
        {
            throw FakeApiException.InvalidField("config.allowed_weekdays", "must list weekdays 0 (Sunday) to 6");
        }
    }

    private static void CheckDates(JsonObject settings)
    {
        if (settings["blackout_dates"] is JsonArray dates &&
            dates.Any(d => !DateOnly.TryParseExact((string?)d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            throw FakeApiException.InvalidField("config.blackout_dates", "must list dates YYYY-MM-DD");
        }
    }

    private static void Flags(JsonObject settings, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (settings[key] is { } node && node.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw FakeApiException.InvalidField("config." + key, "must be true or false");
            }
        }
    }

    private static void Counts(JsonObject settings, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (settings[key] is { } node && (node is not JsonValue value || !value.TryGetValue<long>(out var count) || count < 0))
            {
                throw FakeApiException.InvalidField("config." + key, "must be a whole number, 0 or more");
            }
        }
    }

    private static void Strings(JsonObject settings, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (settings[key] is { } node && (node is not JsonArray items || items.Any(i => i is not JsonValue v || v.GetValueKind() != JsonValueKind.String)))
            {
                throw FakeApiException.InvalidField("config." + key, "must be a list of strings");
            }
        }
    }
}
