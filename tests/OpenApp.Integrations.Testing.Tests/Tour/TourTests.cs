using System.Text.RegularExpressions;
using OpenApp.Integrations.Testing.Routes;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Testing.Validation;
using OpenApp.Integrations.Tour;

namespace OpenApp.Integrations.Testing.Tests.Tour;

/// <summary>The README's first command, run in-process: the tour must reach every operation and leave nothing behind.</summary>
public class TourTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public TourTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task The_tour_calls_every_operation_successfully_and_cleans_up()
    {
        FakeMode.Seed(_server);
        using var client = _server.CreateClient();
        using var output = new StringWriter();

        await TourRunner.RunAsync(client, output, new FakeGuest(_server));

        // Every operation the SDK wraps (the fake serves exactly those; the rest answer 501 and the tour skips them).
        var wrapped = BundleContract.Instance.Operations.Select(o => o.OperationId).ToHashSet();
        var succeeded = _server.Requests.Where(r => r.ResponseStatus is >= 200 and < 300).Select(r => r.OperationId!).ToHashSet();
        Assert.Empty(wrapped.Except(succeeded));
        Assert.Equal(70, Operations(_server).Count);
        Assert.Equal(wrapped.Order(StringComparer.Ordinal), Operations(_server).Order(StringComparer.Ordinal));

        // The picture was downloaded from the link the API answered with (the fake's file host, no API operation).
        Assert.Contains(_server.Requests, r => r.OperationId is null && r.Path.StartsWith("/images/", StringComparison.Ordinal) && r.ResponseStatus == 200);

        // No request answers outside 2xx: the demo shows no refusal as a step. Restore is called only on the
        // integration the demo seeded deleted, and the invite is revoked before it is restored.
        Assert.Empty(NonSuccesses(_server));
        var restore = Assert.Single(_server.RequestsFor("restore_integration"));
        Assert.Equal(200, restore.ResponseStatus);
        Assert.Contains($"\"{FakeMode.DeletedBuilding}\" was deleted earlier; restored it", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            new[] { "revoke_integration_access_invite", "restore_integration_access_invite" },
            _server.Requests.Select(r => r.OperationId).Where(o => o is "revoke_integration_access_invite" or "restore_integration_access_invite"));

        // The guest the fake plays shows up in the invite's and the door's history, and asks for the renewal dismissed.
        var text = output.ToString();
        Assert.Contains("the invite was used 1 time(s); last by a guest", text);
        Assert.Contains("the door was opened 1 time(s)", text);
        Assert.Contains("dismissed the request of Tour guest", text);
        Assert.Contains("link not shown again", text);

        // What the tour made is gone; the building it restored is live again (the API cannot delete it back).
        Assert.Equal(FakeMode.Buildings.Count + 1, (await client.Integrations.ListAsync()).Value.Total);
        Assert.Equal(0, (await client.Integrations.ListAsync(new ListIntegrationsOptions { OnlyDeleted = true })).Value.Total);
        Assert.Contains("Done:", output.ToString());
        Assert.Contains("page 3:", output.ToString());
    }

    [Fact]
    public async Task The_tour_follows_ids_from_responses_on_a_server_without_demo_data()
    {
        await using var bare = await FakeOpenAppServer.StartNewAsync(new FakeOpenAppServerOptions { CreateDemoDevices = false, MaxPageSize = 1 });
        using var client = bare.CreateClient(organizationId: "01HRANDOMORG00000000000000");
        using var output = new StringWriter();

        await TourRunner.RunAsync(client, output, new FakeGuest(bare, "01HRANDOMORG00000000000000"));

        Assert.Contains("0 entities", output.ToString());
        Assert.Contains("0 zone(s)", output.ToString());
        Assert.Contains("no door history to read", output.ToString());
        Assert.Contains("no door device", output.ToString());

        // Without demo devices the integration has no door: no door usage, and the six device operations have nothing
        // to act on. Nothing was seeded, so no integration is deleted and restore is not called either.
        Assert.Equal(70 - 1 - 6 - 1, Operations(bare).Count);
        Assert.DoesNotContain("list_integration_door_usage", bare.Requests.Select(r => r.OperationId));
        Assert.Empty(bare.RequestsFor("restore_integration"));
        Assert.Contains("nothing to restore", output.ToString());
        Assert.Empty(NonSuccesses(bare));
    }

    [Fact]
    public async Task Without_a_guest_as_against_a_real_server_the_tour_reads_the_empty_histories_and_dismisses_nothing()
    {
        FakeMode.Seed(_server);
        using var client = _server.CreateClient();
        using var output = new StringWriter();

        await TourRunner.RunAsync(client, output);

        Assert.Contains("the invite was used 0 time(s)", output.ToString());
        Assert.Contains($"the list holds your organization's {FakeMode.Buildings.Count} other integration(s)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing to dismiss", output.ToString());
        Assert.Empty(_server.RequestsFor("dismiss_integration_access_invite_renewal_request"));
        // Every operation but two: the dismiss (no guest asked for more time), and restore: as against a real server,
        // the tour finds the deleted building but leaves it deleted, since it did not make it.
        Assert.Equal(70 - 2, Operations(_server).Count);
        Assert.Empty(_server.RequestsFor("restore_integration"));
        Assert.Contains($"1 deleted integration(s) here (\"{FakeMode.DeletedBuilding}\"); the tour leaves them deleted", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, (await client.Integrations.ListAsync(new ListIntegrationsOptions { OnlyDeleted = true })).Value.Total);
        Assert.Empty(NonSuccesses(_server));
    }

    [Fact]
    public async Task Every_step_opens_with_a_sentence_and_says_in_words_what_came_back()
    {
        FakeMode.Seed(_server);
        using var client = _server.CreateClient();
        using var output = new StringWriter();

        await TourRunner.RunAsync(client, output, new FakeGuest(_server));

        // Each heading ("NN. Title") is followed by a sentence for a newcomer (capitalized and ended, unlike the
        // lowercase account lines that follow it).
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headings = lines.Select((line, index) => (line, index)).Where(l => Regex.IsMatch(l.line, @"^[ \d]\d\. ")).ToList();
        Assert.Equal(TourRunner.Steps.Count, headings.Count);
        Assert.All(headings, h => Assert.Matches(@"^    [A-Z].*\.$", lines[h.index + 1]));

        var text = output.ToString();
        Assert.Contains("so they never clash with another run's", text, StringComparison.Ordinal);
        Assert.Contains("it offers 2 op(s): sync_devices (\"Sync devices\"), open_door (\"Open a door\")", text, StringComparison.Ordinal);
        Assert.Contains("a virtual_access device may also record: Model, Firmware version, Where the device is mounted", text, StringComparison.Ordinal);
        Assert.Contains($"the list holds the {FakeMode.Buildings.Count} building(s) the fake server was seeded with", text, StringComparison.Ordinal);
        Assert.Contains("asks the agent to sync_devices, in 2 step(s): scan_network, report_devices", text, StringComparison.Ordinal);
        Assert.Contains("\"Lobby\" (in \"Building\")", text, StringComparison.Ordinal);

        // No JSON key lists or protocol numbers: what a newcomer cannot place.
        Assert.DoesNotContain("$schema", text, StringComparison.Ordinal);
        Assert.DoesNotContain("definition has", text, StringComparison.Ordinal);
        Assert.DoesNotContain("protocol", text, StringComparison.Ordinal);
        Assert.DoesNotContain("queued_at", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_step_stops_the_tour_with_the_SDK_exception_and_purges_what_it_made()
    {
        using var client = _server.CreateClient();
        _server.FailNext(1, 400, route: "create_integration_access_portal");

        var error = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => TourRunner.RunAsync(client, TextWriter.Null));

        Assert.Equal(400, error.Status);
        Assert.Equal(200, Assert.Single(_server.RequestsFor("hard_delete_integration")).ResponseStatus);
        Assert.Equal(0, (await client.Integrations.ListAsync()).Value.Total);
    }

    // The answers outside 2xx, as "operation status".
    private static IEnumerable<string> NonSuccesses(FakeOpenAppServer server) =>
        server.Requests.Where(r => r.ResponseStatus is < 200 or >= 300).Select(r => $"{r.OperationId} {r.ResponseStatus}");

    // The operations the tour called (downloads of images the API links to are requests without one).
    private static HashSet<string> Operations(FakeOpenAppServer server) =>
        server.Requests.Select(r => r.OperationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
