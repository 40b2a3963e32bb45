using System.Reflection;
using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Conventions;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>
/// The spellings users write, held by the compiler: this file does not build when one of them stops compiling (a
/// plain string for a localized name, the ProviderType struct, DateTimeOffset timestamps, collections that start
/// empty, typed ambiguity matches, an op result to branch on). The assertions check what each spelling sends.
/// </summary>
public sealed class ModelSpellingTests
{
    private static string Write<T>(T value) => JsonSerializer.Serialize(value, OpenAppJson.TypeInfo<T>());

    [Fact]
    public void A_plain_string_is_a_localized_name_in_every_request()
    {
        var create = new CreateIntegrationRequest { OrgId = "org-1", Name = "Lobby", ProviderType = ProviderType.VirtualAccess };
        var update = new UpdateIntegrationRequest { Name = "Lobby" };
        var createPortal = new CreateAccessPortalRequest { Name = "Lobby" };
        var updatePortal = new UpdateAccessPortalRequest { Name = "Lobby" };

        Assert.Equal("""{"name":"Lobby","org_id":"org-1","provider_type":"virtual_access"}""", Write(create));
        Assert.Equal("""{"name":"Lobby"}""", Write(update));
        Assert.Equal("""{"name":"Lobby"}""", Write(createPortal));
        Assert.Equal("""{"name":"Lobby"}""", Write(updatePortal));
    }

    [Fact]
    public void Config_null_and_a_provider_type_struct_assign_directly_to_an_update()
    {
        var update = new UpdateIntegrationRequest { Config = null, ProviderType = ProviderType.VirtualAccess, Enabled = false };

        Assert.Equal("""{"config":null,"enabled":false,"provider_type":"virtual_access"}""", Write(update));
    }

    [Fact]
    public void Collections_start_empty_so_initializers_add_to_them()
    {
        var entities = new ListEntitiesOptions { EntityTypes = { "door", EntityType.DirectoryListing } };
        var invite = new CreateAccessInviteRequest
        {
            PortalIds = { "p1" },
            Schedules = { new InviteScheduleEntryInput { ValidFrom = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), ExpiresIn = "2h" } },
            Contacts = { new AccessInviteContactInput { ContactKind = "phone", Phone = "+972501234567" } },
        };
        var update = new UpdateAccessInviteRequest { PortalIds = { "p2" } };

        Assert.Equal(new[] { "door", "directory_listing" }, entities.EntityTypes.Select(t => t.Value));
        WireAssert.AssertJsonEqual(
            """{"contacts":[{"contact_kind":"phone","phone":"+972501234567"}],"portal_ids":["p1"],"schedules":[{"expires_in":"2h","valid_from":"2026-05-01T09:00:00+00:00"}]}""",
            Write(invite));
        Assert.Equal("""{"portal_ids":["p2"]}""", Write(update));
    }

    [Fact]
    public void Timestamps_of_portals_and_invites_are_DateTimeOffset()
    {
        var portal = OpenAppModelFactory.AccessPortalListItem(createdAt: DateTimeOffset.UnixEpoch);
        var invite = OpenAppModelFactory.AccessInviteListItem(validFrom: DateTimeOffset.UnixEpoch, revokedAt: null);

        DateTimeOffset? created = portal.CreatedAt;
        DateTimeOffset? validFrom = invite.ValidFrom;
        DateTimeOffset windowStart = OpenAppModelFactory.InviteWindow(from: DateTimeOffset.UnixEpoch).From;

        Assert.Equal(DateTimeOffset.UnixEpoch, created);
        Assert.Equal(DateTimeOffset.UnixEpoch, validFrom);
        Assert.Equal(DateTimeOffset.UnixEpoch, windowStart);
    }

    [Fact]
    public void An_ambiguous_name_carries_typed_matches()
    {
        var first = OpenAppModelFactory.IntegrationResponse(id: "a");
        OpenAppAmbiguousNameException caught = new OpenAppAmbiguousNameException<IntegrationResponse>(
            "integration", "Lobby", NameMatch.Exact, new[] { first, OpenAppModelFactory.IntegrationResponse(id: "b") }, new[] { "a", "b" });

        try
        {
            throw caught;
        }
        catch (OpenAppAmbiguousNameException<IntegrationResponse> ex)
        {
            IntegrationResponse match = ex.Matches[0];
            Assert.Same(first, match);
            Assert.Equal(new[] { "a", "b" }, ex.MatchIds);
        }
    }

    [Fact]
    public void An_op_result_is_branched_on_not_caught()
    {
        var pending = OpenAppModelFactory.OpResultPendingApproval(OpenAppModelFactory.PendingSharingApprovalResponse(id: "apr_1", status: "pending"));
        var completed = OpenAppModelFactory.OpResult(Json.Parse("""{"ok": true}"""));

        string Describe(OpResult result) => result.IsPendingApproval
            ? "waiting for " + result.PendingApproval.Id
            : "ran: " + result.Result.GetProperty("ok").GetBoolean();

        Assert.Equal("waiting for apr_1", Describe(pending));
        Assert.Equal("ran: True", Describe(completed));
    }

    [Fact]
    public void Every_localized_name_of_a_request_takes_a_plain_string_and_every_provider_type_is_the_struct()
    {
        // The same rule over every request model, so a new one cannot slip back to Optional<LocalizedString?> or string.
        var requestProperties = PublicSurface.Types
            .Where(t => t.Namespace == "OpenApp.Integrations.Models" && t.Name.EndsWith("Request", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .ToList();

        var names = requestProperties.Where(p => p.Name == "Name" && p.DeclaringType!.Name.Contains("Portal", StringComparison.Ordinal) ||
            p.Name == "Name" && p.DeclaringType!.Name.Contains("Integration", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, names.Count);
        Assert.All(names, p => Assert.Equal(typeof(LocalizedString), p.PropertyType));
        Assert.NotNull(typeof(LocalizedString).GetMethod("op_Implicit", new[] { typeof(string) }));

        var providerTypes = requestProperties.Where(p => p.Name == "ProviderType").ToList();
        Assert.Equal(2, providerTypes.Count);
        Assert.All(providerTypes, p => Assert.True(
            p.PropertyType == typeof(ProviderType) || p.PropertyType == typeof(ProviderType?), $"{p.DeclaringType!.Name}.{p.Name} is {p.PropertyType}"));
    }
}
