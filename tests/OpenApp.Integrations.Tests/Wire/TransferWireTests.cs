using OpenApp.Integrations.Models;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Wire;

/// <summary>The wire form of the transfer preview and the transfer (a POST without an Idempotency-Key: never retried).</summary>
public sealed class TransferWireTests : IClassFixture<WireMockFixture>
{
    private const string Id = Samples.IntegrationId;
    private readonly WireMockFixture _fake;

    public TransferWireTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    [Trait("operationId", "get_integration_transfer_preview")]
    public async Task Preview_without_a_mode_sends_no_query_and_decodes_the_counts()
    {
        await _fake.RespondAsync("get_integration_transfer_preview", 200, LifecycleSamples.TransferPreview);
        using var client = _fake.CreateClient();

        var preview = (await client.Integrations.GetTransferPreviewAsync(Id)).Value;

        await _fake.AssertSingleCallAsync(
            "get_integration_transfer_preview", "GET", $"/integrations/{Id}/transfer-preview", TestKeys.Org, jsonBody: null);
        Assert.Equal(TransferModeDto.Duplicate, preview.Mode);
        Assert.Equal(TestKeys.Org, preview.SourceOrgId);
        Assert.Equal(2, preview.Affected.Devices);
        Assert.Equal(3, preview.Affected.Entities);
        Assert.Equal(4, preview.Affected.DirectoryListingMembers);
        Assert.Equal(1, preview.Affected.InviteLinks);
        Assert.Equal(new[] { "invite_links_reissued" }, preview.Warnings);
        Assert.Equal(new[] { "image_copied" }, preview.Notes);
        Assert.True(preview.RequiresConfirmation);
    }

    [Fact]
    [Trait("operationId", "get_integration_transfer_preview")]
    public async Task Preview_sends_the_mode_when_given()
    {
        await _fake.RespondAsync("get_integration_transfer_preview", 200, LifecycleSamples.TransferPreview);
        using var client = _fake.CreateClient();

        await client.Integrations.GetTransferPreviewAsync(Id, TransferModeDto.Duplicate);

        await _fake.AssertSingleCallAsync(
            "get_integration_transfer_preview", "GET", $"/integrations/{Id}/transfer-preview?mode=duplicate", TestKeys.Org, jsonBody: null);
    }

    [Fact]
    [Trait("operationId", "post_integration_transfer")]
    public async Task Transfer_posts_target_mode_and_confirm_without_an_idempotency_key_and_decodes_the_copy()
    {
        await _fake.RespondAsync("post_integration_transfer", 200, LifecycleSamples.Transferred);
        using var client = _fake.CreateClient();

        var copy = (await client.Integrations.TransferAsync(Id, new TransferIntegrationRequest
        {
            TargetOrgId = LifecycleSamples.TargetOrg,
            Mode = TransferModeDto.Duplicate,
            Confirm = true,
        })).Value;

        var request = await _fake.AssertSingleCallAsync(
            "post_integration_transfer",
            "POST",
            $"/integrations/{Id}/transfer",
            TestKeys.Org,
            """{"target_org_id": "01HZX3K9Q7ORGBBBBBBBBBBBBB", "mode": "duplicate", "confirm": true}""");
        Assert.Null(WireAssert.Header(request, "Idempotency-Key"));
        Assert.Equal(LifecycleSamples.CopyId, copy.Id);
        Assert.Equal(LifecycleSamples.TargetOrg, copy.OrgId);
        Assert.Equal(TransferModeDto.Duplicate, copy.Mode);
        Assert.Equal(TestKeys.Org, copy.SourceOrgId);
        Assert.Equal(LifecycleSamples.TargetOrg, copy.TargetOrgId);
        Assert.Equal(1, copy.Affected.AccessPortals);
        Assert.Equal("Lobby door", copy.Name.Get("en"));
        Assert.Equal(new[] { "invite_links_reissued" }, copy.Warnings);
    }

    [Fact]
    [Trait("operationId", "post_integration_transfer")]
    public async Task Transfer_with_only_a_target_sends_only_the_target()
    {
        await _fake.RespondAsync("post_integration_transfer", 200, LifecycleSamples.Transferred);
        using var client = _fake.CreateClient();

        await client.Integrations.TransferAsync(Id, new TransferIntegrationRequest { TargetOrgId = LifecycleSamples.TargetOrg });

        await _fake.AssertSingleCallAsync(
            "post_integration_transfer", "POST", $"/integrations/{Id}/transfer", TestKeys.Org, """{"target_org_id": "01HZX3K9Q7ORGBBBBBBBBBBBBB"}""");
    }

    [Fact]
    [Trait("operationId", "post_integration_transfer")]
    public async Task Transfer_in_another_organization_sends_that_organization_as_X_Org()
    {
        await _fake.RespondAsync("post_integration_transfer", 200, LifecycleSamples.Transferred);
        using var client = _fake.CreateClient();

        await client.ForOrganization(LifecycleSamples.TargetOrg).Integrations.TransferAsync(
            Id, new TransferIntegrationRequest { TargetOrgId = TestKeys.Org, Mode = TransferModeDto.Move });

        await _fake.AssertSingleCallAsync(
            "post_integration_transfer",
            "POST",
            $"/integrations/{Id}/transfer",
            LifecycleSamples.TargetOrg,
            """{"target_org_id": "01HZX3K9Q7ORGAAAAAAAAAAAAA", "mode": "move"}""");
    }

    [Fact]
    [Trait("operationId", "post_integration_transfer")]
    public async Task A_transfer_answered_503_is_not_retried()
    {
        await _fake.RespondAsync("post_integration_transfer", 503, """{"message": "Try again later.", "error_code": "unavailable"}""");
        using var client = _fake.CreateClient(configure: o => o.Retry.BaseDelay = TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<OpenAppServerException>(() => client.Integrations.TransferAsync(
            Id, new TransferIntegrationRequest { TargetOrgId = LifecycleSamples.TargetOrg }));

        Assert.Equal(503, error.Status);
        Assert.Single(_fake.Server.LogEntries);
    }

    [Fact]
    [Trait("operationId", "post_integration_transfer")]
    public async Task A_transfer_that_needs_confirming_is_a_409_the_caller_can_recognize()
    {
        await _fake.RespondAsync(
            "post_integration_transfer",
            409,
            """{"message": "The transfer has side effects; repeat it with confirm: true.", "error_code": "confirmation_required"}""");
        using var client = _fake.CreateClient();

        var error = await Assert.ThrowsAsync<OpenAppConflictException>(() => client.Integrations.TransferAsync(
            Id, new TransferIntegrationRequest { TargetOrgId = LifecycleSamples.TargetOrg }));

        Assert.True(error.IsConfirmationRequired);
        Assert.Equal("post_integration_transfer", error.OperationName);
    }

    [Fact]
    public async Task Bad_transfer_input_is_refused_before_anything_is_sent()
    {
        using var client = _fake.CreateClient();
        var integrations = client.Integrations;

        Assert.Equal("id", (await Assert.ThrowsAsync<ArgumentException>(
            () => integrations.TransferAsync(" ", new TransferIntegrationRequest { TargetOrgId = LifecycleSamples.TargetOrg }))).ParamName);
        Assert.Equal("request.TargetOrgId", (await Assert.ThrowsAsync<ArgumentException>(
            () => integrations.TransferAsync(Id, new TransferIntegrationRequest()))).ParamName);
        var same = await Assert.ThrowsAsync<ArgumentException>(
            () => integrations.TransferAsync(Id, new TransferIntegrationRequest { TargetOrgId = TestKeys.Org }));
        Assert.Equal("request", same.ParamName);
        Assert.Contains("another organization", same.Message, StringComparison.Ordinal);
        var perCall = await Assert.ThrowsAsync<ArgumentException>(() => integrations.TransferAsync(
            Id,
            new TransferIntegrationRequest { TargetOrgId = LifecycleSamples.TargetOrg },
            new OpenAppRequestOptions { OrganizationId = LifecycleSamples.TargetOrg }));
        Assert.Equal("request", perCall.ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentException>(() => integrations.TransferAsync(
            Id, new TransferIntegrationRequest { TargetOrgId = LifecycleSamples.TargetOrg, Mode = new TransferModeDto(string.Empty) }))).ParamName);
        Assert.Equal("mode", (await Assert.ThrowsAsync<ArgumentException>(
            () => integrations.GetTransferPreviewAsync(Id, new TransferModeDto(string.Empty)))).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => integrations.TransferAsync(Id, null!));

        Assert.Empty(_fake.Server.LogEntries);
    }
}
