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

        await TourRunner.RunAsync(client, output);

        // Every operation the SDK wraps (the fake serves exactly those; the rest answer 501 and the tour skips them).
        var wrapped = BundleContract.Instance.Operations.Select(o => o.OperationId).Except(RouteHandlers.NotImplemented).ToHashSet();
        var succeeded = _server.Requests.Where(r => r.ResponseStatus is >= 200 and < 300).Select(r => r.OperationId!).ToHashSet();
        Assert.Empty(wrapped.Except(succeeded).Except(new[] { "restore_integration", "restore_integration_access_invite" }));
        var operations = _server.Requests.Where(r => r.OperationId is not null).Select(r => r.OperationId!).Distinct().ToList();
        Assert.Equal(41, operations.Count);
        Assert.Equal(wrapped.Order(StringComparer.Ordinal), operations.Order(StringComparer.Ordinal));

        // The picture was downloaded from the link the API answered with (the fake's file host, no API operation).
        Assert.Contains(_server.Requests, r => r.OperationId is null && r.Path.StartsWith("/images/", StringComparison.Ordinal) && r.ResponseStatus == 200);

        // The only non-2xx answers are the documented ones: restoring a live integration (422) or an active invite (400).
        var failures = _server.Requests.Where(r => r.ResponseStatus is < 200 or >= 300).Select(r => $"{r.OperationId} {r.ResponseStatus}").Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "restore_integration 422", "restore_integration_access_invite 400" }, failures);

        Assert.Equal(FakeMode.Buildings.Count, (await client.Integrations.ListAsync()).Value.Total);
        Assert.Contains("Done:", output.ToString());
        Assert.Contains("page 3:", output.ToString());
    }

    [Fact]
    public async Task The_tour_follows_ids_from_responses_on_a_server_without_demo_data()
    {
        await using var bare = await FakeOpenAppServer.StartNewAsync(new FakeOpenAppServerOptions { CreateDemoDevices = false, MaxPageSize = 1 });
        using var client = bare.CreateClient(organizationId: "01HRANDOMORG00000000000000");
        using var output = new StringWriter();

        await TourRunner.RunAsync(client, output);

        Assert.Contains("0 entities", output.ToString());
        Assert.Contains("0 zone(s)", output.ToString());
        Assert.Equal(41, bare.Requests.Where(r => r.OperationId is not null).Select(r => r.OperationId).Distinct().Count());
        Assert.DoesNotContain(bare.Requests, r => r.ResponseStatus >= 500);
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
}
