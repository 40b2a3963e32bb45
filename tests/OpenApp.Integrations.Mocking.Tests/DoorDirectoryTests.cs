using System.Runtime.CompilerServices;
using System.Text.Json;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using NSubstitute.Extensions;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Mocking.Tests;

/// <summary>
/// Mocking the SDK with NSubstitute: client members are virtual, clients have protected parameterless constructors,
/// and <see cref="OpenAppModelFactory"/> / <see cref="AsyncPageable{T}.FromPages(IEnumerable{Page{T}})"/> build
/// the values the mocks return. No HTTP happens here.
/// </summary>
public sealed class DoorDirectoryTests
{
    private readonly IntegrationsClient _integrations = Substitute.For<IntegrationsClient>();
    private readonly AccessPortalsClient _portals = Substitute.For<AccessPortalsClient>();

    public DoorDirectoryTests()
    {
        _integrations.AccessPortals.Returns(_portals);
    }

    [Fact]
    public async Task Mocking_the_entry_client_and_the_name_look_ups()
    {
        var client = Substitute.For<OpenAppClient>();
        client.Integrations.Returns(_integrations);
        _integrations.GetByNameAsync("Main site", Arg.Any<NameMatch>(), Arg.Any<ProviderType?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(OpenAppModelFactory.Response(OpenAppModelFactory.IntegrationResponse(id: "int_1", name: LocalizedString.FromLocale("en", "Main site"))));
        _portals.GetByNameAsync("int_1", "Lobby", Arg.Any<NameMatch>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(OpenAppModelFactory.Response(OpenAppModelFactory.AccessPortalListItem(id: "p1", publicId: "pub-lobby")));

        var publicId = await new DoorDirectory(client).PortalPublicIdAsync("Main site", "Lobby");

        Assert.Equal("pub-lobby", publicId);
        await _portals.Received(1).GetByNameAsync("int_1", "Lobby", NameMatch.Exact, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Look_up_exceptions_can_be_raised_by_the_mock()
    {
        var matches = new[] { OpenAppModelFactory.IntegrationResponse(id: "a"), OpenAppModelFactory.IntegrationResponse(id: "b") };
        _integrations.GetByNameAsync("Site", Arg.Any<NameMatch>(), Arg.Any<ProviderType?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new OpenAppAmbiguousNameException<IntegrationResponse>("integration", "Site", NameMatch.Exact, matches, new[] { "a", "b" }));

        var ex = await Assert.ThrowsAsync<OpenAppAmbiguousNameException<IntegrationResponse>>(() => new DoorDirectory(_integrations).PortalPublicIdAsync("Site", "Lobby"));

        Assert.Equal(new[] { "a", "b" }, ex.MatchIds);
        Assert.Equal(new[] { "a", "b" }, ex.Matches.Select(m => m.Id));
        await _portals.DidNotReceiveWithAnyArgs().GetByNameAsync(default!, default!);
    }

    [Fact]
    public async Task Mocking_a_paged_walk_with_pages_built_from_values()
    {
        _integrations.ListAllEntitiesAsync("int_1", Arg.Any<ListEntitiesOptions?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(AsyncPageable<EntityResponse>.FromPages(new[]
            {
                OpenAppModelFactory.Page(new[] { OpenAppModelFactory.EntityResponse(id: "e1", name: "Front door") }, total: 2),
                OpenAppModelFactory.Page(new[] { OpenAppModelFactory.EntityResponse(id: "e2") }, total: 2, offset: 1),
            }));

        var names = await new DoorDirectory(_integrations).DoorNamesAsync("int_1");

        Assert.Equal(new[] { "Front door", "e2" }, names);
        _integrations.Received(1).ListAllEntitiesAsync(
            "int_1",
            Arg.Is<ListEntitiesOptions?>(o => o != null && o.EntityTypes!.Single() == EntityType.Door),
            Arg.Any<OpenAppRequestOptions?>(),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_pageable_subclass_can_fail_during_the_walk_like_the_server_would()
    {
        _integrations.ListAllAsync(Arg.Any<ListIntegrationsOptions?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(new FailingPageable<IntegrationResponse>(new OpenAppApiException(new ApiErrorDetails { Status = 403, ErrorCode = "forbidden" })));

        Assert.Null(await new DoorDirectory(_integrations).UnhealthyCountAsync());
    }

    [Fact]
    public async Task A_mocked_ListAsync_drives_the_real_ListAllAsync_walk()
    {
        // A partial substitute keeps the SDK's own ListAllAsync, which fetches every page through the virtual
        // ListAsync: mocking one page call is enough to test code that walks the whole list.
        var integrations = Substitute.ForPartsOf<IntegrationsClient>();
        var all = Enumerable.Range(0, 5)
            .Select(i => OpenAppModelFactory.IntegrationResponse(id: "i" + i, health: i % 2 == 0 ? IntegrationHealth.Ok : IntegrationHealth.Error))
            .ToArray();
        integrations.Configure()
            .ListAsync(Arg.Any<ListIntegrationsOptions?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var options = call.Arg<ListIntegrationsOptions?>()!;
                var items = all.Skip(options.Offset).Take(2).ToArray(); // a server that caps pages at 2
                return OpenAppModelFactory.Response(OpenAppModelFactory.Page(items, total: all.Length, offset: options.Offset, limit: options.Limit));
            });

        Assert.Equal(2, await new DoorDirectory(integrations).UnhealthyCountAsync());
        await integrations.Received(3).ListAsync(Arg.Any<ListIntegrationsOptions?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Raw_response_metadata_comes_from_the_mock()
    {
        _integrations.UpdateAsync("int_1", Arg.Any<UpdateIntegrationRequest>(), Arg.Any<ReadOptions?>(), Arg.Any<OpenAppRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(OpenAppModelFactory.Response(OpenAppModelFactory.IntegrationResponse(id: "int_1"), headers: new Dictionary<string, string> { ["X-Request-Id"] = "req-42" }));

        var requestId = await new DoorDirectory(_integrations).RenameAsync("int_1", "New name");

        Assert.Equal("req-42", requestId);
        await _integrations.Received(1).UpdateAsync(
            "int_1",
            // Only the name goes on the wire: the config is not touched.
            Arg.Is<UpdateIntegrationRequest>(r => JsonSerializer.Serialize(r, OpenAppJson.TypeInfo<UpdateIntegrationRequest>()) == """{"name":{"en":"New name"}}"""),
            Arg.Any<ReadOptions?>(),
            Arg.Any<OpenAppRequestOptions?>(),
            Arg.Any<CancellationToken>());
    }

    /// <summary>A pageable whose first page fails, as a walk does when the server refuses the call.</summary>
    private sealed class FailingPageable<T> : AsyncPageable<T>
    {
        private readonly Exception _error;

        public FailingPageable(Exception error) => _error = error;

        public override async IAsyncEnumerable<OpenAppResponse<Page<T>>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (_error is not null)
            {
                throw _error;
            }

            yield break;
        }
    }
}
