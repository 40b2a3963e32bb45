using System.Text.Json.Nodes;

namespace OpenApp.Integrations.Testing.Routes;

/// <summary>
/// The readiness report of a site (<c>SiteReadiness</c>), section by section. An issue is <c>blocking</c> when what it
/// names cannot be used and <c>incomplete</c> when it works but is not finished. A section is <c>blocking</c> when a
/// site-wide issue blocks it, <c>partial</c> when only some of its doors or portals are blocked, <c>incomplete</c> when
/// it has only incomplete issues, else <c>ok</c>; the site's severity is its worst section's, and it is usable unless
/// that is <c>blocking</c>. The virtual-intercom section is left out (suppressed) while the site uses no directory.
/// </summary>
internal static class SiteReadiness
{
    private static readonly string[] s_severityOrder = { "ok", "incomplete", "partial", "blocking" };

    public static JsonObject Assess(SiteModel site)
    {
        var sections = new List<JsonObject> { Section("doors", Doors(site)), Section("portals", Portals(site)) };
        var suppressed = new JsonArray();
        if (site.Directories.Count == 0 && site.Listings.Count == 0)
        {
            suppressed.Add("virtual_intercom");
        }
        else
        {
            sections.Add(Section("virtual_intercom", Intercom(site)));
        }

        sections.Add(Section("people", site.Integration.BuildingUsers.Count == 0 ? new() { Issue("site_no_people", "incomplete") } : new()));
        var severity = sections.Select(s => (string)s["severity"]!).MaxBy(Rank)!;
        return new JsonObject
        {
            ["severity"] = severity,
            ["usable"] = severity != "blocking",
            ["sections"] = new JsonArray(sections.ToArray<JsonNode>()),
            ["suppressed_sections"] = suppressed,
        };
    }

    private static List<JsonObject> Doors(SiteModel site)
    {
        var issues = new List<JsonObject>();
        if (!site.LiveDoors.Any())
        {
            issues.Add(Issue("site_no_doors", "blocking"));
        }

        foreach (var door in site.Doors.Where(d => d.Opener is not null))
        {
            if (door.Opener!.DeletedAt is not null)
            {
                issues.Add(Issue("door_opener_unresolved", "blocking", "door", door.DeviceId));
            }
            else if (door.Portals.Count == 0)
            {
                issues.Add(Issue("door_no_portal", "incomplete", "door", door.DeviceId));
            }
        }

        return issues;
    }

    private static List<JsonObject> Portals(SiteModel site)
    {
        var issues = new List<JsonObject>();
        if (site.Portals.Count == 0)
        {
            issues.Add(Issue("site_no_portals", "blocking"));
            return issues;
        }

        foreach (var portal in site.Portals)
        {
            var door = site.Doors.FirstOrDefault(d => d.DeviceId == portal.DeviceId);
            if (portal.DeviceId is null)
            {
                issues.Add(Issue("portal_no_door", "blocking", "portal", portal.Id));
            }
            else if (door?.Opener is null)
            {
                issues.Add(Issue("portal_door_missing", "blocking", "portal", portal.Id));
            }
            else if (door.Opener.DeletedAt is not null)
            {
                issues.Add(Issue("portal_door_no_opener", "blocking", "portal", portal.Id));
            }

            if (portal.DirectoryId is null)
            {
                issues.Add(Issue("portal_no_directory", "incomplete", "portal", portal.Id));
            }
        }

        if (!site.Portals.Any(p => site.LiveDoors.Any(d => d.DeviceId == p.DeviceId)))
        {
            issues.Insert(0, Issue("site_no_portal_with_usable_door", "blocking"));
        }

        return issues;
    }

    private static List<JsonObject> Intercom(SiteModel site)
    {
        var issues = new List<JsonObject>();
        var directories = site.Directories;
        if (directories.Count == 0)
        {
            issues.Add(Issue("site_no_intercom_directory", "incomplete"));
        }
        else if (directories.Count > 1)
        {
            issues.Add(Issue("site_multiple_intercom_directories", "incomplete"));
        }

        if (site.Listings.Count == 0)
        {
            issues.Add(directories.Count == 1
                ? Issue("intercom_no_listings", "incomplete", "directory", directories[0])
                : Issue("intercom_no_listings", "incomplete"));
        }

        return issues;
    }

    private static JsonObject Section(string name, List<JsonObject> issues)
    {
        var blocking = issues.Where(i => (string)i["severity"]! == "blocking").ToList();
        var severity = blocking.Any(i => i["subject"] is null) ? "blocking"
            : blocking.Count > 0 ? "partial"
            : issues.Count > 0 ? "incomplete"
            : "ok";
        return new JsonObject
        {
            ["section"] = name,
            ["severity"] = severity,
            ["blocking_count"] = blocking.Count,
            ["incomplete_count"] = issues.Count - blocking.Count,
            ["issues"] = new JsonArray(issues.ToArray<JsonNode>()),
        };
    }

    private static JsonObject Issue(string code, string severity, string? kind = null, string? id = null) => new()
    {
        ["code"] = code,
        ["severity"] = severity,
        ["subject"] = kind is null ? null : new JsonObject { ["kind"] = kind, ["id"] = id },
    };

    private static int Rank(string severity) => Array.IndexOf(s_severityOrder, severity);
}
