using System.Collections.Concurrent;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Concurrency;

/// <summary>
/// One client shared by 50 tasks making 1,000 calls for 20 organizations, through per-call overrides and scoped
/// clients: every request carries the organization its caller asked for, and every answer reaches that caller.
/// </summary>
public sealed class OrganizationIsolationTests : IClassFixture<WireMockFixture>
{
    private const int Tasks = 50;
    private const int CallsPerTask = 20;
    private const int Organizations = 20;
    private readonly WireMockFixture _fake;

    public OrganizationIsolationTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task Concurrent_calls_for_many_organizations_never_mix_them_up()
    {
        // The server echoes the X-Org it received and the id it was asked for, so each caller can check its answer.
        _fake.Server.Given(Request.Create().WithPath("/api/v1/integrations/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(request =>
            {
                var org = request.Headers!.TryGetValue("X-Org", out var values) ? values.Single() : "none";
                var id = request.AbsolutePathSegments[^1];
                return $$$"""{"id":"{{{id}}}","org_id":"{{{org}}}","provider_type":"virtual_access","name":{"en":"x"},"enabled":true,"health":"ok","provider_type_name":{"en":"x"}}""";
            }));
        var orgs = Enumerable.Range(0, Organizations).Select(i => $"01HZX3K9Q7ORG{i:D13}").ToArray();
        using var client = _fake.CreateClient(organizationId: TestKeys.Org);
        var scoped = orgs.ToDictionary(o => o, client.ForOrganization);
        var results = new ConcurrentBag<(string Expected, string Got, string Id, string Mode)>();

        var workers = Enumerable.Range(0, Tasks).Select(worker => Task.Run(async () =>
        {
            for (var call = 0; call < CallsPerTask; call++)
            {
                var n = (worker * CallsPerTask) + call;
                var org = orgs[(worker + call) % Organizations];
                var id = $"{org}~{n}";
                var (mode, response) = (n % 4) switch
                {
                    0 => ("per-call", await client.Integrations.GetAsync(id, requestOptions: new OpenAppRequestOptions { OrganizationId = org })),
                    1 => ("scoped", await scoped[org].Integrations.GetAsync(id)),
                    2 => ("fresh scope", await client.ForOrganization(org).Integrations.UpdateAsync(id, new UpdateIntegrationRequest { Enabled = true })),
                    _ => ("scoped + per-call", await scoped[orgs[(worker + call + 1) % Organizations]].Integrations.GetAsync(
                        id, requestOptions: new OpenAppRequestOptions { OrganizationId = org })),
                };
                results.Add((org, response.Value.OrgId, response.Value.Id, mode));
            }
        })).ToArray();
        await Task.WhenAll(workers);

        Assert.Equal(Tasks * CallsPerTask, results.Count);
        Assert.All(results, r => Assert.Equal(r.Expected, r.Got));
        Assert.All(results, r => Assert.StartsWith(r.Expected + "~", r.Id, StringComparison.Ordinal));
        Assert.Equal(Tasks * CallsPerTask, results.Select(r => r.Id).Distinct().Count());
        Assert.Equal(Organizations, results.Select(r => r.Expected).Distinct().Count());

        var entries = _fake.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(Tasks * CallsPerTask, entries.Count);
        Assert.All(entries, request =>
        {
            var expected = request.AbsolutePathSegments[^1].Split('~')[0];
            Assert.Equal(expected, request.Headers!["X-Org"].Single());
        });

        // The root client still has its own organization.
        Assert.Equal(TestKeys.Org, client.OrganizationId);
        Assert.All(scoped, s => Assert.Equal(s.Key, s.Value.OrganizationId));
    }
}
