#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// Runtime members of .NET Core 2.0-7 that netstandard2.0 lacks: Random.Shared, span overloads of Random, array
// limits, generic Enum helpers, Math.Clamp.

using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class RuntimeExtensions
{
    extension(Random)
    {
        /// <summary>A thread-safe instance: one generator per thread, each seeded differently.</summary>
        public static Random Shared => ThreadSafeRandom.Instance;
    }

    extension(Array)
    {
        /// <summary>The largest length the runtime allows for an array (of elements of one byte or more).</summary>
        public static int MaxLength => 0x7FFFFFC7;
    }

    extension(GC)
    {
        public static T[] AllocateUninitializedArray<T>(int length, bool pinned = false) => new T[length];
    }

    extension(Enum)
    {
        public static bool IsDefined<TEnum>(TEnum value)
            where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);

        public static TEnum[] GetValues<TEnum>()
            where TEnum : struct, Enum => (TEnum[])Enum.GetValues(typeof(TEnum));

        public static string[] GetNames<TEnum>()
            where TEnum : struct, Enum => Enum.GetNames(typeof(TEnum));
    }

    extension(Math)
    {
        public static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;

        public static long Clamp(long value, long min, long max) => value < min ? min : value > max ? max : value;

        public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
    }

    public static void NextBytes(this Random random, Span<byte> buffer)
    {
        var bytes = new byte[buffer.Length];
        random.NextBytes(bytes);
        bytes.CopyTo(buffer);
    }

    private sealed class ThreadSafeRandom : Random
    {
        public static readonly ThreadSafeRandom Instance = new();

        [ThreadStatic]
        private static Random? t_local;

        private static Random Local => t_local ??= new Random(Guid.NewGuid().GetHashCode());

        public override int Next() => Local.Next();

        public override int Next(int maxValue) => Local.Next(maxValue);

        public override int Next(int minValue, int maxValue) => Local.Next(minValue, maxValue);

        public override double NextDouble() => Local.NextDouble();

        public override void NextBytes(byte[] buffer) => Local.NextBytes(buffer);

        protected override double Sample() => Local.NextDouble();
    }
}
#endif
