using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Pagination;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Lookups;

/// <summary>IntegrationsClient.GetByNameAsync against a WireMock server.</summary>
public sealed class IntegrationLookupTests : IClassFixture<WireMockFixture>
{
    private const string Path = "/api/v1/integrations";
    private readonly WireMockFixture _fake;

    public IntegrationLookupTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    /// <summary>Serves these names (JSON objects) as integrations i0, i1, ... whatever q says: q may be fuzzy.</summary>
    private void ServeNames(params string[] nameJson) =>
        PagedListServer.Serve(_fake.Server, Path, nameJson.Length, i => PagedListServer.IntegrationNamed(i, nameJson[i]), serverCap: 2);

    [Fact]
    public async Task Exact_match_is_case_insensitive_trimmed_and_sends_the_name_as_q()
    {
        ServeNames("""{"en":"Lobby East"}""", """{"en":"  LOBBY  "}""", """{"en":"Lobby 2"}""");
        using var client = _fake.CreateClient();

        var found = await client.Integrations.GetByNameAsync("  lobby ", providerType: ProviderType.VirtualAccess);

        Assert.Equal("i1", found.Value.Id);
        Assert.Equal(200, found.Status);
        Assert.Equal("req-0", found.RequestId);
        var queries = PagedListServer.Queries(_fake.Server);
        Assert.Equal(2, queries.Count);
        Assert.All(queries, q =>
        {
            Assert.Equal("lobby", q["q"]);
            Assert.Equal("virtual_access", q["provider_type"]);
            Assert.Equal("200", q["limit"]);
        });
    }

    [Fact]
    public async Task Any_locale_of_the_name_matches()
    {
        ServeNames("""{"en":"Main gate","he":"שער ראשי"}""", """{"en":"Side gate","he":"שער צדדי"}""");
        using var client = _fake.CreateClient();

        IntegrationResponse found = await client.Integrations.GetByNameAsync("שער צדדי");

        Assert.Equal("i1", found.Id);
    }

    [Fact]
    public async Task Composed_and_decomposed_accents_match()
    {
        ServeNames("""{"fr":"Caf\u00e9"}""");
        using var client = _fake.CreateClient();

        var found = await client.Integrations.GetByNameAsync("CAFE\u0301");

        Assert.Equal("i0", found.Value.Id);
    }

    [Fact]
    public async Task Every_page_is_read_so_a_match_on_the_last_page_is_found()
    {
        ServeNames("""{"en":"Lobby A"}""", """{"en":"Lobby B"}""", """{"en":"Lobby C"}""", """{"en":"Lobby D"}""", """{"en":"Lobby"}""");
        using var client = _fake.CreateClient();

        var found = await client.Integrations.GetByNameAsync("Lobby");

        Assert.Equal("i4", found.Value.Id);
        Assert.Equal("req-4", found.RequestId);
        Assert.Equal(new[] { 0, 2, 4 }, PagedListServer.RequestedOffsets(_fake.Server));
    }

    [Fact]
    public async Task Contains_match_finds_a_part_of_the_name()
    {
        ServeNames("""{"en":"North tower"}""", """{"en":"South wing","he":"אגף דרומי"}""");
        using var client = _fake.CreateClient();

        var found = await client.Integrations.GetByNameAsync("WING", NameMatch.Contains);

        Assert.Equal("i1", found.Value.Id);
    }

    [Fact]
    public async Task Several_matches_across_pages_raise_an_ambiguity_carrying_all_of_them()
    {
        ServeNames("""{"en":"Lobby"}""", """{"en":"Garage"}""", """{"en":"Lobby East"}""", """{"en":"lobby"}""");
        using var client = _fake.CreateClient();

        var exact = await Assert.ThrowsAsync<OpenAppAmbiguousNameException<IntegrationResponse>>(() => client.Integrations.GetByNameAsync("Lobby"));
        Assert.Equal(new[] { "i0", "i3" }, exact.MatchIds);
        Assert.Equal(new[] { "i0", "i3" }, exact.Matches.Select(i => i.Id));
        Assert.Equal("integration", exact.ResourceKind);
        Assert.Equal("Lobby", exact.Name);
        Assert.Contains("'Lobby'", exact.Message, StringComparison.Ordinal);
        Assert.Contains("integrations", exact.Message, StringComparison.Ordinal);
        Assert.Contains("i3", exact.Message, StringComparison.Ordinal);
        Assert.Equal(0, exact.Status);

        var contains = await Assert.ThrowsAsync<OpenAppAmbiguousNameException<IntegrationResponse>>(() => client.Integrations.GetByNameAsync("lob", NameMatch.Contains));
        Assert.Equal(new[] { "i0", "i2", "i3" }, contains.MatchIds);
        Assert.Equal(NameMatch.Contains, contains.Match);
    }

    [Fact]
    public async Task No_match_raises_not_found_naming_the_resource_and_the_name()
    {
        ServeNames("""{"en":"Lobby 2"}""", """{"en":"Old lobby"}""");
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppNameNotFoundException>(() => client.Integrations.GetByNameAsync(" Lobby "));

        Assert.Equal("integration", ex.ResourceKind);
        Assert.Equal("Lobby", ex.Name);
        Assert.Equal(NameMatch.Exact, ex.Match);
        Assert.Contains("integration", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Lobby'", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OpenAppException>(ex);
        Assert.Equal(0, ex.Status);
    }

    [Fact]
    public async Task An_empty_list_raises_not_found()
    {
        ServeNames();
        using var client = _fake.CreateClient();

        await Assert.ThrowsAsync<OpenAppNameNotFoundException>(() => client.Integrations.GetByNameAsync("Lobby", NameMatch.Contains));
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Empty_or_blank_names_are_rejected_before_any_request()
    {
        ServeNames("""{"en":""}""", """{"en":"  "}""");
        using var client = _fake.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>("name", () => client.Integrations.GetByNameAsync(""));
        await Assert.ThrowsAsync<ArgumentException>("name", () => client.Integrations.GetByNameAsync(" \t "));
        await Assert.ThrowsAsync<ArgumentNullException>("name", () => client.Integrations.GetByNameAsync(null!));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("match", () => client.Integrations.GetByNameAsync("x", (NameMatch)7));
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Integrations_with_empty_names_never_match()
    {
        ServeNames("""{"en":""}""", """{"en":"  "}""", "{}");
        using var client = _fake.CreateClient();

        await Assert.ThrowsAsync<OpenAppNameNotFoundException>(() => client.Integrations.GetByNameAsync("a", NameMatch.Contains));
    }

    [Fact]
    public async Task A_server_error_during_the_walk_surfaces_as_the_api_exception()
    {
        _fake.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json")
                .WithBody("""{"message":"no access to org","error_code":"forbidden"}"""));
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAnyAsync<OpenAppApiException>(() => client.Integrations.GetByNameAsync("Lobby"));

        Assert.Equal(403, ex.Status);
    }
}
