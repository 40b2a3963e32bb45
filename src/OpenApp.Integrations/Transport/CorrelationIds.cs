namespace OpenApp.Integrations.Transport;

/// <summary>Makes the <c>X-Correlation-Id</c> of calls that do not bring their own.</summary>
internal static class CorrelationIds
{
    /// <summary>
    /// A random version-4 UUID in the <c>N</c> format (32 lowercase hex digits), like <c>Guid.NewGuid().ToString("N")</c>.
    /// </summary>
    /// <remarks>
    /// The bits come from <c>Random.Shared</c> rather than the OS's cryptographic generator that
    /// <see cref="Guid.NewGuid"/> asks with a system call per id (about half a microsecond, a sizeable share of an
    /// SDK call's own cost). A correlation id only has to be unique, not unguessable: it is no credential, and the
    /// idempotency keys that do guard writes are the caller's.
    /// </remarks>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);

        // RFC 9562 version 4 (the high nibble of the third group) and variant 10 (the top bits of the fourth).
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
#if NET
        return new Guid(bytes).ToString("N");
#else
        // netstandard2.0's Guid takes only an array.
        return new Guid(bytes.ToArray()).ToString("N");
#endif
    }
}
