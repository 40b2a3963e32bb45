using OpenApp.Integrations.Testing.State;

namespace OpenApp.Integrations.Testing.Tests.State;

/// <summary>The fake's Waveshare settings hold a password; printing them must not show it.</summary>
public class WaveshareSettingsTests
{
    [Fact]
    public void ToString_shows_every_setting_but_the_password()
    {
        var settings = new WaveshareSettings("waveshare-i1", "org-1", "s3cret-mqtt-pass", "openapp/org-1/i1/in", "openapp/org-1/i1/out");

        var text = settings.ToString();

        Assert.DoesNotContain("s3cret-mqtt-pass", text, StringComparison.Ordinal);
        Assert.Contains("Password = [redacted]", text, StringComparison.Ordinal);
        Assert.Contains("waveshare-i1", text, StringComparison.Ordinal);
        Assert.Contains("openapp/org-1/i1/out", text, StringComparison.Ordinal);
    }
}
