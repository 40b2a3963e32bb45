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
}
