using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>Optional&lt;T&gt;: unset (left out), set to null (sent as null), set to a value.</summary>
public sealed class OptionalTests
{
    private static string Write(UpdateIntegrationRequest request) =>
        JsonSerializer.Serialize(request, OpenAppJson.TypeInfo<UpdateIntegrationRequest>());

    [Fact]
    public void Default_is_unset_and_assignment_sets_even_null()
    {
        Optional<string?> unset = default;
        Optional<string?> setToNull = null;
        Optional<string?> setToValue = "Lobby";

        Assert.False(unset.IsSet);
        Assert.True(setToNull.IsSet);
        Assert.Null(setToNull.Value);
        Assert.True(setToValue.IsSet);
        Assert.Equal("Lobby", setToValue.Value);
        Assert.Equal("fallback", unset.GetValueOrDefault("fallback"));
        Assert.Null(setToNull.GetValueOrDefault("fallback"));
    }

    [Fact]
    public void Equality_tells_unset_from_null()
    {
        Assert.NotEqual(default(Optional<string?>), new Optional<string?>(null));
        Assert.Equal(new Optional<string?>("a"), (Optional<string?>)"a");
        Assert.True(default(Optional<int?>) == default(Optional<int?>));
        Assert.True(new Optional<int?>(1) != new Optional<int?>(2));
    }

    [Fact]
    public void ToString_never_shows_the_value()
    {
        Optional<string?> secret = "PLANTED-secret-value";

        Assert.DoesNotContain("PLANTED", secret.ToString(), StringComparison.Ordinal);
        Assert.Equal("Optional(unset)", default(Optional<string?>).ToString());
        Assert.Equal("Optional(null)", new Optional<string?>(null).ToString());
    }

    [Fact]
    public void Unset_fields_are_left_out_of_the_json()
    {
        Assert.Equal("{}", Write(new UpdateIntegrationRequest()));
    }

    [Fact]
    public void Null_fields_are_written_as_null()
    {
        WireAssert.AssertJsonEqual(
            """{"config": null, "secrets": null, "enabled": null, "name": null, "provider_type": null}""",
            Write(new UpdateIntegrationRequest { Config = null, Secrets = null, Enabled = null, Name = null, ProviderType = null }));
    }

    [Fact]
    public void Set_fields_are_written_as_their_values()
    {
        WireAssert.AssertJsonEqual(
            """{"config": {"relay": 2}, "enabled": true, "name": {"en": "Gate"}}""",
            Write(new UpdateIntegrationRequest
            {
                Config = Json.Parse("""{"relay": 2}"""),
                Enabled = true,
                Name = LocalizedString.FromLocale("en", "Gate"),
            }));
    }

    [Fact]
    public void Reading_tells_absent_from_null_from_a_value()
    {
        var request = JsonSerializer.Deserialize(
            """{"config": null, "enabled": false, "name": "Gate"}""", OpenAppJson.TypeInfo<UpdateIntegrationRequest>())!;

        Assert.True(request.Config.IsSet);
        Assert.Null(request.Config.Value);
        Assert.False(request.Secrets.IsSet);
        Assert.True(request.Enabled.IsSet);
        Assert.False(request.Enabled.Value);
        Assert.Equal("Gate", request.Name.Value!.PlainText);
        WireAssert.AssertJsonEqual("""{"config": null, "enabled": false, "name": "Gate"}""", Write(request));
    }
}
