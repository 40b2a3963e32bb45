using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>Open enums: known values have names, unknown values decode and round-trip, comparison is ordinal.</summary>
public sealed class ExtensibleValueTests
{
    [Fact]
    public void Known_values_compare_equal_to_their_wire_strings()
    {
        Assert.Equal(ProviderType.VirtualAccess, new ProviderType("virtual_access"));
        Assert.True(ProviderType.ShellyCloud == "shelly_cloud");
        Assert.True(IntegrationHealth.Ok == new IntegrationHealth("ok"));
        Assert.Equal(EntityType.Door, EntityType.FromValue("door"));
        Assert.Equal(InviteScheduleKind.Multiple, (InviteScheduleKind)"multiple");
        Assert.Equal("virtual_access", ProviderType.VirtualAccess.ToString());
        Assert.Equal(ProviderType.Knx.GetHashCode(), new ProviderType("knx").GetHashCode());
    }

    [Fact]
    public void Comparison_is_ordinal()
    {
        Assert.NotEqual(IntegrationHealth.Ok, new IntegrationHealth("OK"));
        Assert.NotEqual(ProviderType.Mqtt, new ProviderType("mqtt "));
    }

    [Fact]
    public void Default_is_the_empty_value()
    {
        Assert.Equal(string.Empty, default(ProviderType).Value);
        Assert.Equal(new EntityType(string.Empty), default);
        Assert.Throws<ArgumentNullException>(() => new ProviderType(null!));
    }

    [Theory]
    [InlineData("acme_locks")]
    [InlineData("Virtual_Access")]
    [InlineData("")]
    public void Unknown_provider_types_decode_and_round_trip(string wire)
    {
        var json = JsonSerializer.Serialize(wire);

        var value = JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<ProviderType>());

        Assert.Equal(wire, value.Value);
        Assert.Equal(json, JsonSerializer.Serialize(value, OpenAppJson.TypeInfo<ProviderType>()));
    }

    [Fact]
    public void Unknown_health_entity_type_and_schedule_kind_decode_and_round_trip()
    {
        Assert.Equal("\"degraded\"", RoundTrip<IntegrationHealth>("\"degraded\""));
        Assert.Equal("\"elevator\"", RoundTrip<EntityType>("\"elevator\""));
        Assert.Equal("\"weekly_rotation\"", RoundTrip<InviteScheduleKind>("\"weekly_rotation\""));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("{}")]
    [InlineData("true")]
    public void A_value_that_is_not_a_string_is_a_json_error(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<ProviderType>()));
    }

    private static string RoundTrip<T>(string json)
        where T : struct =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<T>()), OpenAppJson.TypeInfo<T>());
}
