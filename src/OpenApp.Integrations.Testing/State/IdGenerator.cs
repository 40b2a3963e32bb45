using System.Security.Cryptography;

namespace OpenApp.Integrations.Testing.State;

/// <summary>
/// Makes ULID-shaped ids (26 Crockford base-32 characters, time first) like the real server's, strictly increasing
/// even when the clock stands still (tests use a fake clock), and random tokens for public ids and invite links.
/// </summary>
internal sealed class IdGenerator
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string TokenAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private readonly TimeProvider _clock;
    private readonly ulong _prefix = (ulong)RandomNumberGenerator.GetInt32(1 << 16);
    private ulong _counter = (ulong)RandomNumberGenerator.GetInt32(int.MaxValue);

    public IdGenerator(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>A new ULID-shaped id. Callers hold the store's lock.</summary>
    public string NewId()
    {
        var time = (ulong)Math.Max(0, _clock.GetUtcNow().ToUnixTimeMilliseconds());
        _counter++;
        Span<char> chars = stackalloc char[26];
        // 48 bits of time in 10 characters, then 80 "random" bits: a 16-bit per-server prefix and a 64-bit counter.
        Encode(time, chars[..10]);
        Encode(_prefix, chars.Slice(10, 3));
        Encode(_counter, chars.Slice(13, 13));
        return new string(chars);
    }

    /// <summary>A random lower-case token such as <c>k3m9x2...</c>.</summary>
    public static string NewToken(int length)
    {
        return RandomNumberGenerator.GetString(TokenAlphabet, length);
    }

    private static void Encode(ulong value, Span<char> destination)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = Crockford[(int)(value & 31)];
            value >>= 5;
        }
    }
}
