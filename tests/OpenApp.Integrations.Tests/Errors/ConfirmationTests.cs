using OpenApp.Integrations.Tests.Infrastructure;
using OpenApp.Integrations.Tests.Resilience;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApp.Integrations.Tests.Errors;

/// <summary><c>confirmation_required</c> hands out a preview token; repeating the call with it confirms.</summary>
public sealed class ConfirmationTests : IClassFixture<WireMockFixture>
{
    private const string OpPath = "/api/v1/integrations/i1/ops/unlock_all";
    private readonly WireMockFixture _fake;

    public ConfirmationTests(WireMockFixture fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task A_confirmation_required_call_is_repeated_with_the_preview_token()
    {
        _fake.Server.Given(Request.Create().WithPath(OpPath).UsingPost().WithHeader("X-OpenApp-Confirm", "pt-42")).AtPriority(1)
            .RespondWith(ServerScript.Json(200, """{"unlocked":12}"""));
        _fake.Server.Given(Request.Create().WithPath(OpPath).UsingPost()).AtPriority(10)
            .RespondWith(ServerScript.Json(409, """{"error_code":"confirmation_required","message":"This unlocks 12 doors.","preview_token":"pt-42"}"""));
        using var client = _fake.CreateClient();
        var original = new OpenAppRequestOptions { OrganizationId = TestKeys.OtherOrg, IdempotencyKey = "key-1", Headers = { ["X-Trace"] = "t-1" } };

        var ex = await Assert.ThrowsAsync<OpenAppConflictException>(() => client.Integrations.RunOpAsync("i1", "unlock_all", requestOptions: original));
        Assert.True(ex.IsConfirmationRequired);
        Assert.Equal("pt-42", ex.PreviewToken);
        Assert.Equal("This unlocks 12 doors.", ex.ServerMessage);

        var confirmation = ex.CreateConfirmation(original);
        var result = await client.Integrations.RunOpAsync("i1", "unlock_all", requestOptions: confirmation);

        Assert.Equal(12, result.Value.Result.GetProperty("unlocked").GetInt32());
        Assert.Null(original.ConfirmationToken);
        var confirmed = _fake.Server.LogEntries[1];
        Assert.Equal("pt-42", confirmed.Header("X-OpenApp-Confirm"));
        Assert.Equal(TestKeys.OtherOrg, confirmed.Header("X-Org"));
        Assert.Equal("t-1", confirmed.Header("X-Trace"));
        Assert.False(confirmed.HasHeader("Idempotency-Key"));
        Assert.False(_fake.Server.LogEntries[0].HasHeader("X-OpenApp-Confirm"));
    }

    [Fact]
    public async Task An_error_without_a_preview_token_cannot_be_confirmed()
    {
        _fake.Server.Given(Request.Create().WithPath(OpPath).UsingPost())
            .RespondWith(ServerScript.Json(409, """{"error_code":"conflict","message":"busy"}"""));
        using var client = _fake.CreateClient();

        var ex = await Assert.ThrowsAsync<OpenAppConflictException>(() => client.Integrations.RunOpAsync("i1", "unlock_all"));

        Assert.False(ex.IsConfirmationRequired);
        Assert.Null(ex.PreviewToken);
        Assert.Throws<InvalidOperationException>(() => ex.CreateConfirmation());
    }

    [Fact]
    public void A_confirmation_without_original_options_carries_only_the_token()
    {
        var ex = new OpenAppApiException(new ApiErrorDetails { Status = 428, ErrorCode = "confirmation_required", PreviewToken = "pt-1" });

        var confirmation = ex.CreateConfirmation();

        Assert.Equal("pt-1", confirmation.ConfirmationToken);
        Assert.Null(confirmation.OrganizationId);
        Assert.Empty(confirmation.Headers);
    }
}
