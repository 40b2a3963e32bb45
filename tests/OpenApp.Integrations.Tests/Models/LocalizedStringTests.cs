using System.Text.Json;
using OpenApp.Integrations.Models;
using OpenApp.Integrations.Serialization;
using OpenApp.Integrations.Tests.Infrastructure;

namespace OpenApp.Integrations.Tests.Models;

/// <summary>LocalizedString reads the flat locale map or a plain string and writes the flat map (never <c>{"value": ...}</c>).</summary>
public sealed class LocalizedStringTests
{
    private static LocalizedString? Read(string json) => JsonSerializer.Deserialize(json, OpenAppJson.TypeInfo<LocalizedString>());

    private static string Write(LocalizedString value) => JsonSerializer.Serialize(value, OpenAppJson.TypeInfo<LocalizedString>());

    [Fact]
    public void Reads_the_flat_locale_map()
    {
        var value = Read("""{"en": "Lobby door", "he": "דלת הלובי"}""")!;

        Assert.Equal(2, value.Count);
        Assert.Equal("Lobby door", value["en"]);
        Assert.Equal("דלת הלובי", value["he"]);
        Assert.Null(value.PlainText);
        Assert.Equal("Lobby door", value.DefaultText);
    }

    [Fact]
    public void Reads_a_plain_string()
    {
        var value = Read("\"Lobby door\"")!;

        Assert.Equal("Lobby door", value.PlainText);
        Assert.Equal("Lobby door", value.Get("he"));
        Assert.Equal("Lobby door", value.ToString());
        Assert.Empty(value);
    }

    [Fact]
    public void Reads_null_as_null_and_skips_null_locales()
    {
        Assert.Null(Read("null"));
        var value = Read("""{"en": "Lobby", "he": null}""")!;
        Assert.Equal(new[] { "en" }, value.Keys);
    }

    [Theory]
    [InlineData("""{"en": 5}""")]
    [InlineData("""{"value": {"en": "Lobby"}}""")]
    [InlineData("42")]
    [InlineData("[\"Lobby\"]")]
    public void Rejects_anything_that_is_not_a_map_of_strings_or_a_string(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Read(json));
    }

    [Fact]
    public void Writes_the_flat_locale_map()
    {
        var json = Write(new LocalizedString(new Dictionary<string, string> { ["en"] = "Lobby door", ["he"] = "דלת הלובי" }));

        WireAssert.AssertJsonEqual("""{"en": "Lobby door", "he": "דלת הלובי"}""", json);
        Assert.DoesNotContain("\"value\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_value_made_from_a_string_as_that_string()
    {
        LocalizedString implicitValue = "Lobby door";

        Assert.Equal("\"Lobby door\"", Write(implicitValue));
        Assert.Equal("\"Lobby door\"", Write(LocalizedString.FromText("Lobby door")));
        Assert.Equal("{}", Write(new LocalizedString()));
    }

    [Fact]
    public void A_read_value_writes_back_the_same_json()
    {
        const string json = """{"en":"Floor 3","he":"קומה 3","ar":"الطابق 3"}""";

        WireAssert.AssertJsonEqual(json, Write(Read(json)!));
    }

    [Fact]
    public async Task What_it_writes_fits_the_bundle_schema_and_the_upstream_wrapper_does_not()
    {
        Assert.Empty(await BundleSchemas.ErrorsForComponentAsync("LocalizedString", Write(LocalizedString.FromLocale("en", "Lobby"))));
        Assert.Empty(await BundleSchemas.ErrorsForComponentAsync("LocalizedString", Write("Lobby")));
        Assert.NotEmpty(await BundleSchemas.ErrorsForComponentAsync("LocalizedString", """{"value": {"en": "Lobby"}}"""));
    }

    [Fact]
    public void Get_falls_back_to_english_then_to_the_first_locale()
    {
        var withEnglish = new LocalizedString(new Dictionary<string, string> { ["he"] = "לובי", ["en"] = "Lobby" });
        var withoutEnglish = LocalizedString.FromLocale("he", "לובי");

        Assert.Equal("לובי", withEnglish.Get("he"));
        Assert.Equal("Lobby", withEnglish.Get("fr"));
        Assert.Equal("לובי", withoutEnglish.Get("fr"));
        Assert.Null(new LocalizedString().Get("en"));
    }

    [Fact]
    public void Equality_compares_the_locales_or_the_plain_text()
    {
        var a = new LocalizedString(new Dictionary<string, string> { ["en"] = "Lobby", ["he"] = "לובי" });
        var b = new LocalizedString(new Dictionary<string, string> { ["he"] = "לובי", ["en"] = "Lobby" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, LocalizedString.FromLocale("en", "Lobby"));
        Assert.Equal(LocalizedString.FromText("Lobby"), (LocalizedString)"Lobby");
        Assert.NotEqual(LocalizedString.FromText("Lobby"), LocalizedString.FromLocale("en", "Lobby"));
    }

    [Fact]
    public void Rejects_blank_locales_and_null_texts_when_built_in_code()
    {
        Assert.ThrowsAny<ArgumentException>(() => new LocalizedString(new Dictionary<string, string> { [" "] = "Lobby" }));
        Assert.ThrowsAny<ArgumentException>(() => LocalizedString.FromLocale("en", null!));
    }
}
