using System.Diagnostics;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Testing.Tests.Infrastructure;
using OpenApp.Integrations.Tour.Steps;

namespace OpenApp.Integrations.Testing.Tests.Tour;

/// <summary>The tour as a program (the README's command), run as a child process: both modes and the exit codes.</summary>
public class TourProgramTests : IClassFixture<FakeServerFixture>
{
    private readonly FakeOpenAppServer _server;

    public TourProgramTests(FakeServerFixture fixture)
    {
        _server = fixture.Reset();
    }

    [Fact]
    public async Task With_nothing_configured_it_tours_its_own_fake_and_exits_0()
    {
        var (exitCode, output, error) = await RunTourAsync(new Dictionary<string, string?> { ["OPENAPP_API_KEY"] = null });

        Assert.True(exitCode == 0, error);
        Assert.Contains("in-process fake server", output);
        Assert.Contains("Done:", output);
        // Demo mode shows no refusal: every call it makes is one the fake answers with success.
        Assert.DoesNotContain("server answered", output, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task With_a_key_it_tours_that_server_and_exits_0()
    {
        var (exitCode, output, error) = await RunTourAsync(new Dictionary<string, string?>
        {
            ["OPENAPP_API_KEY"] = _server.ApiKey,
            ["OPENAPP_ORG"] = FakeOpenAppServer.OtherOrganizationId,
            ["OPENAPP_BASE_URL"] = _server.ApiRoot.ToString(),
            [TransferStep.TargetOrganizationVariable] = FakeOpenAppServer.DefaultOrganizationId,
        });

        Assert.True(exitCode == 0, error);
        Assert.Contains("Done:", output);
        // Every operation the fake serves but two (downloads of linked images are requests without an operation):
        // dismissing a renewal request, since against a server given by key there is no guest to ask for one; and
        // restore, since no integration of that organization is deleted.
        Assert.Equal(70 - 2, _server.Requests.Select(r => r.OperationId).OfType<string>().Distinct().Count());
        Assert.Empty(_server.RequestsFor("dismiss_integration_access_invite_renewal_request"));
        Assert.Empty(_server.RequestsFor("restore_integration"));

        // Everything happens in the configured organization, except what the tour transferred to the configured
        // target organization: it removes it there.
        var elsewhere = _server.Requests.Where(r => r.OrganizationId is not null && r.OrganizationId != FakeOpenAppServer.OtherOrganizationId).ToList();
        Assert.Equal(2, elsewhere.Count);
        Assert.All(elsewhere, r => Assert.Equal(("hard_delete_integration", FakeOpenAppServer.DefaultOrganizationId), (r.OperationId, r.OrganizationId)));
        Assert.All(_server.RequestsFor("post_integration_transfer"), r => Assert.Contains(FakeOpenAppServer.DefaultOrganizationId, r.Body ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_key_it_restores_only_the_deleted_integration_it_is_told_to()
    {
        var annex = _server.SeedIntegration(
            new FakeIntegrationSeed { Name = LocalizedString.FromLocale("en", "Old annex"), Deleted = true },
            FakeOpenAppServer.OtherOrganizationId);
        var garage = _server.SeedIntegration(
            new FakeIntegrationSeed { Name = LocalizedString.FromLocale("en", "Old garage"), Deleted = true },
            FakeOpenAppServer.OtherOrganizationId);

        var (exitCode, output, error) = await RunTourAsync(new Dictionary<string, string?>
        {
            ["OPENAPP_API_KEY"] = _server.ApiKey,
            ["OPENAPP_ORG"] = FakeOpenAppServer.OtherOrganizationId,
            ["OPENAPP_BASE_URL"] = _server.ApiRoot.ToString(),
            [CleanupStep.RestoreIdVariable] = annex,
        });

        Assert.True(exitCode == 0, error);
        Assert.Equal(200, Assert.Single(_server.RequestsFor("restore_integration")).ResponseStatus);
        Assert.Contains($"restored \"Old annex\" ({annex})", output, StringComparison.Ordinal);
        using var client = _server.CreateClient(organizationId: FakeOpenAppServer.OtherOrganizationId);
        var stillDeleted = (await client.Integrations.ListAsync(new ListIntegrationsOptions { OnlyDeleted = true })).Value;
        Assert.Equal(garage, Assert.Single(stillDeleted.Items).Id);
    }

    [Fact]
    public async Task On_the_first_failure_it_prints_the_SDK_exception_and_exits_1()
    {
        _server.FailNext(1, 409, route: "update_integration");

        var (exitCode, _, error) = await RunTourAsync(new Dictionary<string, string?>
        {
            ["OPENAPP_API_KEY"] = _server.ApiKey,
            ["OPENAPP_ORG"] = FakeOpenAppServer.DefaultOrganizationId,
            ["OPENAPP_BASE_URL"] = null,
        });

        Assert.Equal(1, exitCode);
        // The SDK may raise a subclass of OpenAppApiException for 409; the program prints its type and the status.
        Assert.Matches(@"The tour stopped: OpenApp\w*Exception: ", error);
        Assert.Contains("status 409", error);
        Assert.DoesNotContain(_server.ApiKey, error);
        Assert.Single(_server.RequestsFor("hard_delete_integration"));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunTourAsync(IDictionary<string, string?> environment)
    {
        var tour = Path.Combine(AppContext.BaseDirectory, "OpenApp.Integrations.Tour.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tour);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
