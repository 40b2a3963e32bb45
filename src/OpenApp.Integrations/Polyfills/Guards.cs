#if !NET // netstandard2.0 only: the project compiles this folder for that target alone
// The argument guards of .NET 6-8 (ArgumentNullException.ThrowIfNull, ArgumentException.ThrowIfNullOrWhiteSpace,
// ArgumentOutOfRangeException.ThrowIfNegative, ...) as C# 14 static extension members, so callers keep the spelling
// they use on .NET. Same exception types, parameter names and messages as the runtime's.
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace OpenApp.Integrations.Polyfills;

[Embedded]
internal static class Guards
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }

    extension(ArgumentException)
    {
        public static void ThrowIfNullOrEmpty([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            ArgumentNullException.ThrowIfNull(argument, paramName);
            if (argument.Length == 0)
            {
                throw new ArgumentException("The value cannot be an empty string.", paramName);
            }
        }

        public static void ThrowIfNullOrWhiteSpace([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            ArgumentNullException.ThrowIfNull(argument, paramName);
            if (string.IsNullOrWhiteSpace(argument))
            {
                throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
            }
        }
    }

    // .NET constrains these to INumberBase<T>; IComparable<T> covers the numbers the SDK checks (int, long, double).
    extension(ArgumentOutOfRangeException)
    {
        public static void ThrowIfNegative<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : struct, IComparable<T>
        {
            if (value.CompareTo(default) < 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be a non-negative value.");
            }
        }

        public static void ThrowIfNegativeOrZero<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : struct, IComparable<T>
        {
            if (value.CompareTo(default) <= 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be a non-negative and non-zero value.");
            }
        }

        public static void ThrowIfZero<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : struct, IComparable<T>
        {
            if (value.CompareTo(default) == 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be a non-zero value.");
            }
        }

        public static void ThrowIfGreaterThan<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : IComparable<T>
        {
            if (value.CompareTo(other) > 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be less than or equal to '{Format(other)}'.");
            }
        }

        public static void ThrowIfGreaterThanOrEqual<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : IComparable<T>
        {
            if (value.CompareTo(other) >= 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be less than '{Format(other)}'.");
            }
        }

        public static void ThrowIfLessThan<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : IComparable<T>
        {
            if (value.CompareTo(other) < 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be greater than or equal to '{Format(other)}'.");
            }
        }

        public static void ThrowIfLessThanOrEqual<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            where T : IComparable<T>
        {
            if (value.CompareTo(other) <= 0)
            {
                Throw(paramName, value, $"{paramName} ('{Format(value)}') must be greater than '{Format(other)}'.");
            }
        }
    }

    extension(ObjectDisposedException)
    {
        public static void ThrowIf([DoesNotReturnIf(true)] bool condition, object instance)
        {
            if (condition)
            {
                throw new ObjectDisposedException(instance?.GetType().FullName);
            }
        }

        public static void ThrowIf([DoesNotReturnIf(true)] bool condition, Type type)
        {
            if (condition)
            {
                throw new ObjectDisposedException(type?.FullName);
            }
        }
    }

    [DoesNotReturn]
    private static void Throw(string? paramName, object? value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);

    private static string? Format<T>(T value) =>
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.CurrentCulture) : value?.ToString();
}
#endif
