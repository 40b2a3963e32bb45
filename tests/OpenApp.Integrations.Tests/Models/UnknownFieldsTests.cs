using System.Reflection;
using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>
/// Response models keep fields this SDK does not know, at every level, and write them back; request models have no
/// extension data (requests never send a key the contract does not declare). Writing a response without such fields
/// creates no dictionary for them.
/// </summary>
public sealed class UnknownFieldsTests
{
    [Fact]
    public void An_integration_keeps_unknown_fields_and_writes_them_back()
    {
        var json = Samples.Integration.Replace(
            "\"enabled\": true,",
            "\"enabled\": true, \"firmware_channel\": \"beta\", \"quota\": {\"ops_per_day\": 500},",
            StringComparison.Ordinal);

        var integration = JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<IntegrationResponse>())!;

        Assert.Equal("beta", ((JsonElement)integration.AdditionalProperties["firmware_channel"]).GetString());
        Assert.Equal(500, ((JsonElement)integration.AdditionalProperties["quota"]).GetProperty("ops_per_day").GetInt32());
        var written = JsonSerializer.Serialize(integration, OpenAppJson.TypeInfo<IntegrationResponse>());
        using var document = JsonDocument.Parse(written);
        Assert.Equal("beta", document.RootElement.GetProperty("firmware_channel").GetString());
        Assert.Equal(500, document.RootElement.GetProperty("quota").GetProperty("ops_per_day").GetInt32());
        Assert.Equal("Lobby door", document.RootElement.GetProperty("name").GetProperty("en").GetString());
    }

    [Fact]
    public void Nested_models_keep_unknown_fields_too()
    {
        var json = Samples.Invite.Replace(
            "\"public_id\": \"K7M2Q9W4X8\",",
            "\"public_id\": \"K7M2Q9W4X8\", \"opens_remotely\": true,",
            StringComparison.Ordinal).Replace(
            "\"kind\": \"until\",",
            "\"kind\": \"until\", \"timezone\": \"Asia/Jerusalem\",",
            StringComparison.Ordinal);

        var invite = JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<AccessInviteListItem>())!;

        Assert.True(((JsonElement)invite.GrantedPortals[0].AdditionalProperties["opens_remotely"]).GetBoolean());
        Assert.Equal("Asia/Jerusalem", invite.Schedule.SeriesEnd!.AdditionalProperties!["timezone"].GetString());
    }

    [Fact]
    public void A_series_end_reads_each_of_its_three_kinds()
    {
        InviteRecurrenceSeriesEnd Read(string json) => JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<InviteRecurrenceSeriesEnd>())!;

        Assert.Equal(InviteRecurrenceSeriesEnd.KindNever, Read("""{"kind": "never"}""").Kind);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), Read("""{"kind": "until", "at": "2026-06-30T12:00:00Z"}""").At);
        Assert.Equal(12, Read("""{"kind": "count", "total": 12}""").Total);
        Assert.Equal("{\"kind\":\"never\"}", JsonSerializer.Serialize(Read("""{"kind": "never"}"""), OpenAppJson.TypeInfo<InviteRecurrenceSeriesEnd>()));
    }

    [Fact]
    public void A_request_reads_unknown_fields_without_keeping_them_so_they_are_never_sent()
    {
        var request = JsonSerializer.Deserialize(
            """{"enabled":true,"rollout":{"wave":2}}""", OpenAppJson.TypeInfo<UpdateIntegrationRequest>())!;

        Assert.Equal("""{"enabled":true}""", JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<UpdateIntegrationRequest>()));
    }

    [Fact]
    public void Reading_and_writing_a_response_without_unknown_fields_does_not_create_their_dictionary()
    {
        var integration = JsonSerializer.Deserialize(Samples.Integration, OpenAppJson.TypeInfo<IntegrationResponse>())!;
        Assert.Null(ExtensionDataField(integration));

        JsonSerializer.Serialize(integration, OpenAppJson.TypeInfo<IntegrationResponse>());

        Assert.Null(ExtensionDataField(integration));
        Assert.Empty(integration.AdditionalProperties);
        Assert.NotNull(ExtensionDataField(integration));
    }

    /// <summary>The generated backing field of <c>AdditionalProperties</c>, read without going through its getter (which creates it).</summary>
    private static object? ExtensionDataField(object model)
    {
        for (var type = model.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField("_additionalProperties", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is { } field)
            {
                return field.GetValue(model);
            }
        }

        throw new InvalidOperationException($"{model.GetType().Name} has no _additionalProperties field.");
    }
}
