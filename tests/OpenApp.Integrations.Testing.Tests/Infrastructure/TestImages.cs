namespace OpenApp.Integrations.Testing.Tests.Infrastructure;

/// <summary>Small valid images.</summary>
public static class TestImages
{
    /// <summary>A 1x1 PNG (the tour's).</summary>
    public static ReadOnlyMemory<byte> Png => OpenApp.Integrations.Tour.Steps.ImageStep.Png;

    /// <summary>The start of a JPEG (enough for type detection).</summary>
    public static byte[] Jpeg { get; } = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01 };
}
