using System.Text;
using OpenApp.Integrations.Authentication;
using OpenApp.Integrations.Diagnostics;

namespace OpenApp.Integrations.Tests.Diagnostics;

public sealed class RedactionTests
{
    private static readonly SecretScrubber s_scrubber = new("https://openapp.house_openapp_" + Infrastructure.TestKeys.Secret);

    [Theory]
    [InlineData("secrets", true)]
    [InlineData("client_secret", true)]
    [InlineData("Password", true)]
    [InlineData("preview_token", true)]
    [InlineData("apiKey", true)]
    [InlineData("X-API-Key", true)]
    [InlineData("private_key", true)]
    [InlineData("name", false)]
    [InlineData("provider_type", false)]
    [InlineData("error_code", false)]
    public void Secret_looking_field_names_are_recognised(string name, bool sensitive) =>
        Assert.Equal(sensitive, BodyRedactor.IsSensitiveName(name));

    [Fact]
    public void Json_keeps_its_shape_with_sensitive_values_replaced_at_any_depth()
    {
        var json = """{"name":"Lobby","items":[{"token":"t1","n":1}],"config":{"deep":{"password":"p"}},"secrets":{"a":"b"}}""";

        var text = BodyRedactor.Format(Encoding.UTF8.GetBytes(json), "application/json", 10_000, s_scrubber);

        Assert.Equal("""{"name":"Lobby","items":[{"token":"[redacted]","n":1}],"config":{"deep":{"password":"[redacted]"}},"secrets":"[redacted]"}""", text);
    }

    [Fact]
    public void Values_beside_a_secret_setting_name_are_redacted_and_the_name_stays()
    {
        var json = """{"stale":true,"diff":[{"key":"mqtt_password","stored":"old-pass","current":"new-pass"},{"key":"mqtt_username","stored":"org-a","current":"org-b"}]}""";

        var text = Format(json);

        Assert.Equal("""{"stale":true,"diff":[{"key":"mqtt_password","stored":"[redacted]","current":"[redacted]"},{"key":"mqtt_username","stored":"org-a","current":"org-b"}]}""", text);
    }

    [Theory]
    [InlineData("""{"stored":"old-pass","current":"new-pass","key":"mqtt_password"}""", """{"stored":"[redacted]","current":"[redacted]","key":"mqtt_password"}""")]
    [InlineData("""{"value":"p","port":5432,"Name":"DB-Password"}""", """{"value":"[redacted]","port":"[redacted]","Name":"DB-Password"}""")]
    [InlineData("""{"old":"a","new":"b","field":"api_token"}""", """{"old":"[redacted]","new":"[redacted]","field":"api_token"}""")]
    [InlineData("""{"value":"s","SETTING":"clientSecret"}""", """{"value":"[redacted]","SETTING":"clientSecret"}""")]
    [InlineData("""{"value":"k","parameter":"private-key"}""", """{"value":"[redacted]","parameter":"private-key"}""")]
    public void The_setting_name_may_come_after_the_values_it_hides(string json, string expected) =>
        Assert.Equal(expected, Format(json));

    [Fact]
    public void Nested_values_of_a_secret_setting_are_redacted_and_the_rule_ends_with_its_object()
    {
        var json = """[{"current":{"user":"u","hosts":["h1",1883]},"enabled":true,"note":null,"key":"mqtt_password","stored":"p"},{"key":"mqtt_client_id","stored":"a"}]""";

        var text = Format(json);

        Assert.Equal("""[{"current":{"user":"[redacted]","hosts":["[redacted]","[redacted]"]},"enabled":true,"note":null,"key":"mqtt_password","stored":"[redacted]"},{"key":"mqtt_client_id","stored":"a"}]""", text);
    }

    [Fact]
    public void Only_an_object_s_own_setting_name_counts()
    {
        // The outer object holds a secret setting but does not name one: its own values stay. A setting-name property
        // whose value is not a string names nothing.
        var json = """{"name":"Lobby","port":1,"setting":{"key":"api_token","value":"t"},"key":{"of":"password"}}""";

        var text = Format(json);

        Assert.Equal("""{"name":"Lobby","port":1,"setting":{"key":"api_token","value":"[redacted]"},"key":{"of":"password"}}""", text);
    }

    [Theory]
    [InlineData("""{"key":"mqtt_client_id","stored":"a","current":"b"}""")]
    [InlineData("""{"name":"Lobby","value":"v","id":7}""")]
    [InlineData("""{"keys":"mqtt_password","value":"v"}""")]
    public void Neutral_setting_names_keep_their_values(string json) =>
        Assert.Equal(json, Format(json));

    [Fact]
    public void The_setting_name_is_found_past_the_cap_and_the_copy_still_stops_at_the_cap()
    {
        // Booleans are kept, so the flags fill the log line; the name that hides "stored" comes long after the cap.
        var json = """{"stored":"old-pass","flags":[""" + string.Join(",", Enumerable.Repeat("true", 20_000)) + """],"key":"mqtt_password"}""";

        var text = BodyRedactor.Format(Encoding.UTF8.GetBytes(json), "application/json", 100, s_scrubber);

        Assert.StartsWith("""{"stored":"[redacted]","flags":[true,true,""", text, StringComparison.Ordinal);
        Assert.EndsWith("...(cut, " + json.Length + " bytes in all)", text, StringComparison.Ordinal);
        Assert.True(text.Length < 150, text);
    }

    [Fact]
    public void A_long_list_of_secret_settings_is_cut_at_the_cap_without_its_values()
    {
        var entries = Enumerable.Range(0, 2_000).Select(i => $$"""{"key":"mqtt_password","stored":"old-{{i}}","current":"new-{{i}}"}""");
        var json = """{"diff":[""" + string.Join(",", entries) + "]}";

        var text = BodyRedactor.Format(Encoding.UTF8.GetBytes(json), "application/json", 200, s_scrubber);

        Assert.StartsWith("""{"diff":[{"key":"mqtt_password","stored":"[redacted]","current":"[redacted]"},""", text, StringComparison.Ordinal);
        Assert.Contains("...(cut, ", text, StringComparison.Ordinal);
        Assert.True(text.Length < 300, text);
        Assert.DoesNotContain("old-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("new-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_cut_short_inside_an_object_still_shows_its_start()
    {
        // Error bodies are read up to a cap, so the JSON can end mid-object; the lookahead meets that end, the copy
        // stops at its own cap first, as before.
        var json = """{"message":"too many","error_code":"rate_limited","detail":[""" + string.Join(",", Enumerable.Repeat("\"item\"", 500));

        var text = BodyRedactor.Format(Encoding.UTF8.GetBytes(json), "application/json", 60, s_scrubber);

        Assert.StartsWith("""{"message":"too many","error_code":"rate_limited","detail":[""", text, StringComparison.Ordinal);
        Assert.Contains("...(cut, ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_and_binary_bodies_are_described_not_shown()
    {
        Assert.Equal("(9 bytes of malformed JSON, not logged)", BodyRedactor.Format("{\"token\":"u8, "application/json", 100, s_scrubber));
        Assert.Equal("(4 bytes of image/png, not logged)", BodyRedactor.Format([0x89, 0x50, 0x4E, 0x47], "image/png", 100, s_scrubber));
        Assert.Equal("(empty)", BodyRedactor.Format([], "application/json", 100, s_scrubber));
    }

    [Fact]
    public void Text_bodies_are_capped_and_scrubbed_of_the_api_key()
    {
        var html = "<html>echo " + Infrastructure.TestKeys.Secret + " " + new string('x', 200) + "</html>";

        var text = BodyRedactor.Format(Encoding.UTF8.GetBytes(html), "text/html", 40, s_scrubber);

        Assert.Equal("<html>echo [redacted] xxxxxxxxxxxxxxxxxx...(cut, " + Encoding.UTF8.GetByteCount(html) + " bytes in all)", text);
    }

    private static string Format(string json) =>
        BodyRedactor.Format(Encoding.UTF8.GetBytes(json), "application/json", 10_000, s_scrubber);
}
